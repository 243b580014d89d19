using MediaCore.Pipeline.Privacy;

namespace MediaCore.Records.Tests.Privacy;

public sealed class RecordingOptOutDetectorTests
{
    [Theory]
    [InlineData("Please don't record this call.")]
    [InlineData("please DON\u2019T RECORD")]
    [InlineData("I'd rather you do not record me")]
    [InlineData("record mat karo")]
    [InlineData("Bhaiya, record mat karo please!")]
    [InlineData("yeh call transcribe mat karo")]
    [InlineData("recording band karo")]
    [InlineData("रिकॉर्ड मत करो")]
    public void Requests_not_to_be_recorded_are_detected(string utterance) => Assert.True(RecordingOptOutDetector.IsOptOut(utterance));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("I want to record a complaint")]
    [InlineData("do not recorder")]
    [InlineData("my order was recorded wrong")]
    [InlineData("record karo mat bhoolna")]
    [InlineData("table for four, don't forget the cake")]
    public void Ordinary_speech_is_not_an_opt_out(string? utterance) => Assert.False(RecordingOptOutDetector.IsOptOut(utterance));
}
