namespace MediaCore.Pipeline.Brains;

public enum ChatRole
{
    System,
    User,
    Assistant,
    Tool,
}
