using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Correspondence.Core.Campaigns;

/// <summary>
/// Word-shingle MinHash. Shingles are three consecutive words inside one sentence (a shorter sentence is one shingle),
/// so moving a paragraph changes nothing and a typo changes at most three shingles. Each of the
/// <see cref="Size"/> hash functions is a fixed multiply-add over the shingle's 64-bit hash; the signature keeps the
/// top 32 bits of each minimum. Stable across processes and machines: signatures are stored.
/// </summary>
public static class MinHash
{
    public const int Size = 128;
    public const int ShingleWords = 3;

    private static readonly ulong[] Multipliers = new ulong[Size];
    private static readonly ulong[] Increments = new ulong[Size];

    static MinHash()
    {
        var state = 0x5EED_C0DE_2026UL;
        for (var i = 0; i < Size; i++)
        {
            Multipliers[i] = SplitMix(ref state) | 1; // odd: a bijection on 64-bit words
            Increments[i] = SplitMix(ref state);
        }
    }

    public static uint[] Signature(IEnumerable<string> sentences) => Signature(ShingleHashes(sentences));

    public static uint[] Signature(HashSet<ulong> shingles)
    {
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        foreach (var hash in shingles)
            for (var i = 0; i < Size; i++)
            {
                var h = (uint)((hash * Multipliers[i] + Increments[i]) >> 32);
                if (h < signature[i]) signature[i] = h;
            }
        return signature;
    }

    /// <summary>The share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < Size; i++) if (a[i] == b[i]) same++;
        return same / (double)Size;
    }

    /// <summary>
    /// The share of the smaller text found in the larger, from the Jaccard estimate and the two shingle counts
    /// (|A n B| = J (|A| + |B|) / (1 + J)): high when one letter is the other with sentences dropped or added.
    /// </summary>
    public static double Containment(double jaccard, int a, int b) =>
        a == 0 || b == 0 ? 0 : Math.Min(1, jaccard * (a + b) / (1 + jaccard) / Math.Min(a, b));

    public static HashSet<ulong> ShingleHashes(IEnumerable<string> sentences)
    {
        var hashes = new HashSet<ulong>();
        var text = new StringBuilder();
        foreach (var sentence in sentences)
        {
            var words = LetterText.Words(sentence);
            var count = Math.Max(1, words.Count - ShingleWords + 1);
            for (var i = 0; i < count; i++)
            {
                text.Clear();
                for (var w = i; w < Math.Min(words.Count, i + ShingleWords); w++) text.Append(words[w]).Append(' ');
                hashes.Add(XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text.ToString())));
            }
        }
        return hashes;
    }

    public static byte[] ToBytes(uint[] signature) => MemoryMarshal.AsBytes(signature.AsSpan()).ToArray();

    public static uint[] FromBytes(byte[] bytes)
    {
        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++) values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        return values;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
