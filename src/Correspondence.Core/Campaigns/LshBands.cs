using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Correspondence.Core.Campaigns;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: the signature is cut into <see cref="Bands"/> bands of
/// <see cref="Rows"/> values; two letters sharing any band's key are candidates. A pair of similarity s becomes a
/// candidate with probability 1 - (1 - s^r)^b. The rows are the most that still make a pair at the given similarity a
/// candidate with probability >= 0.985, so banding loses almost nothing there and the confirmation on the full
/// signature decides. The grouper bands for the lowest similarity that can join (0.7 - 0.1 allowance = 0.6:
/// 32 bands x 4 rows, 0.989 at 0.6, 0.9998 at 0.7, 0.23 at 0.3, 0.003 at 0.1).
/// </summary>
public sealed class LshBands
{
    public const double RecallAtThreshold = 0.985;

    public int Bands { get; }
    public int Rows { get; }

    public LshBands(double threshold)
    {
        for (var rows = 16; rows >= 1; rows--)
        {
            var bands = MinHash.Size / rows;
            if (CandidateProbability(threshold, bands, rows) >= RecallAtThreshold || rows == 1)
            {
                (Bands, Rows) = (bands, rows);
                return;
            }
        }
    }

    public static double CandidateProbability(double similarity, int bands, int rows) =>
        1 - Math.Pow(1 - Math.Pow(similarity, rows), bands);

    /// <summary>One 64-bit key per band; the band number is hashed in, so equal values in different bands never meet.</summary>
    public long[] Keys(uint[] signature)
    {
        var keys = new long[Bands];
        Span<uint> buffer = stackalloc uint[Rows + 1];
        for (var band = 0; band < Bands; band++)
        {
            buffer[0] = (uint)band;
            signature.AsSpan(band * Rows, Rows).CopyTo(buffer[1..]);
            keys[band] = (long)XxHash64.HashToUInt64(MemoryMarshal.AsBytes(buffer));
        }
        return keys;
    }
}
