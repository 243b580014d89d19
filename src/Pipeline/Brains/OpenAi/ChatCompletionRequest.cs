using System.Text;
using System.Text.Json;

namespace MediaCore.Pipeline.Brains.OpenAi;

/// <summary>Writes the chat-completions request body (streaming, with tools) for a conversation.</summary>
internal static class ChatCompletionRequest
{
    public static string Write(OpenAiChatOptions options, string systemPrompt, IReadOnlyList<ChatMessage> messages,
        IReadOnlyList<ToolDefinition> tools)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model", options.Model);
            json.WriteBoolean("stream", true);
            json.WriteNumber("temperature", options.Temperature);
            json.WriteStartArray("messages");
            if (!string.IsNullOrEmpty(systemPrompt))
                WriteMessage(json, new ChatMessage(ChatRole.System, systemPrompt));
            foreach (var message in messages)
                WriteMessage(json, message);
            json.WriteEndArray();
            if (tools.Count > 0)
                WriteTools(json, tools);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteMessage(Utf8JsonWriter json, ChatMessage message)
    {
        json.WriteStartObject();
        json.WriteString("role", message.Role switch
        {
            ChatRole.System => "system",
            ChatRole.User => "user",
            ChatRole.Assistant => "assistant",
            _ => "tool",
        });
        json.WriteString("content", message.Content);
        if (message.ToolCallId is not null)
            json.WriteString("tool_call_id", message.ToolCallId);
        if (message.ToolCalls.Count > 0)
        {
            json.WriteStartArray("tool_calls");
            foreach (var call in message.ToolCalls)
            {
                json.WriteStartObject();
                json.WriteString("id", call.Id);
                json.WriteString("type", "function");
                json.WriteStartObject("function");
                json.WriteString("name", call.Name);
                json.WriteString("arguments", call.ArgumentsJson);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteTools(Utf8JsonWriter json, IReadOnlyList<ToolDefinition> tools)
    {
        json.WriteStartArray("tools");
        foreach (var tool in tools)
        {
            json.WriteStartObject();
            json.WriteString("type", "function");
            json.WriteStartObject("function");
            json.WriteString("name", tool.Name);
            json.WriteString("description", tool.Description);
            json.WritePropertyName("parameters");
            using (var schema = JsonDocument.Parse(tool.ParametersJsonSchema))
                schema.WriteTo(json);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
