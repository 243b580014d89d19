using System.Buffers.Binary;
using System.Text;

namespace MediaCore.Inference.Tests.Vad;

/// <summary>Reads the shared 16-bit mono WAV clips and builds test signals (silence, seeded noise, hum).</summary>
internal static class VadTestAudio
{
    public static (short[] Samples, int SampleRate) ReadWav(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (Encoding.ASCII.GetString(bytes, 0, 4) != "RIFF" || Encoding.ASCII.GetString(bytes, 8, 4) != "WAVE")
            throw new InvalidDataException($"{path} is not a WAV file");
        var offset = 12;
        var sampleRate = 0;
        while (offset + 8 <= bytes.Length)
        {
            var id = Encoding.ASCII.GetString(bytes, offset, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + 4));
            var body = bytes.AsSpan(offset + 8, Math.Min(size, bytes.Length - offset - 8));
            if (id == "fmt ")
            {
                if (BinaryPrimitives.ReadInt16LittleEndian(body[2..]) != 1 || BinaryPrimitives.ReadInt16LittleEndian(body[14..]) != 16)
                    throw new InvalidDataException($"{path} is not 16-bit mono");
                sampleRate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
            }
            else if (id == "data")
            {
                var samples = new short[body.Length / 2];
                for (var i = 0; i < samples.Length; i++)
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(2 * i)..]);
                return (samples, sampleRate);
            }
            offset += 8 + size + (size & 1);
        }
        throw new InvalidDataException($"{path} has no data chunk");
    }

    public static short[] Silence(int sampleRate, double seconds) => new short[(int)(sampleRate * seconds)];

    /// <summary>Seeded Gaussian-ish white noise (sum of uniforms) at <paramref name="rms"/>.</summary>
    public static short[] WhiteNoise(int sampleRate, double seconds, double rms, int seed)
    {
        var random = new Random(seed);
        var samples = new short[(int)(sampleRate * seconds)];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = Clamp(Gaussian(random) * rms);
        return samples;
    }

    /// <summary>Seeded pink noise (Paul Kellet's economy filter over white noise), normalised to <paramref name="rms"/>.</summary>
    public static short[] PinkNoise(int sampleRate, double seconds, double rms, int seed)
    {
        var random = new Random(seed);
        var raw = new double[(int)(sampleRate * seconds)];
        double b0 = 0, b1 = 0, b2 = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var white = Gaussian(random);
            b0 = 0.99765 * b0 + white * 0.0990460;
            b1 = 0.96300 * b1 + white * 0.2965164;
            b2 = 0.57000 * b2 + white * 1.0526913;
            raw[i] = b0 + b1 + b2 + white * 0.1848;
        }
        var actual = Math.Sqrt(raw.Average(v => v * v));
        return raw.Select(v => Clamp(v / actual * rms)).ToArray();
    }

    /// <summary>Mains hum: 50 Hz with weaker 150 Hz and 250 Hz harmonics, as a ground loop on a line sounds.</summary>
    public static short[] Hum(int sampleRate, double seconds, double amplitude)
    {
        var samples = new short[(int)(sampleRate * seconds)];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = (double)i / sampleRate;
            samples[i] = Clamp(amplitude * (Math.Sin(2 * Math.PI * 50 * t) + 0.3 * Math.Sin(2 * Math.PI * 150 * t) + 0.1 * Math.Sin(2 * Math.PI * 250 * t)));
        }
        return samples;
    }

    public static short[] Concat(params short[][] parts) => parts.SelectMany(p => p).ToArray();

    private static double Gaussian(Random random) =>
        (random.NextDouble() + random.NextDouble() + random.NextDouble() + random.NextDouble() - 2.0) * Math.Sqrt(3);

    private static short Clamp(double value) => (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
}
