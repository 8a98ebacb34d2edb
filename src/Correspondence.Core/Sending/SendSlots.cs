using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Sending;

/// <summary>
/// The rate limit, kept in the database so it holds across retries, job workers and nodes (docs/decisions/0009).
/// A reply reserves a send slot from its account's <see cref="SendPace"/> row by compare-and-swap: slots are
/// PerMinute-spaced, none falls in a 24-hour window that already holds PerDay, none before a pause the server asked for.
/// The reservation is written on the outbox row, so the job that wakes at the slot sends without asking again.
/// </summary>
public sealed class SendSlots(CorrespondenceDbContext db, IOptions<SendingOptions> options)
{
    /// <summary>A reservation not used within this long after its slot (the job was lost) is given up and taken again.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>When this reply may be sent: now (send), later (wait for it), or null when it is no longer Queued.</summary>
    public async Task<DateTime?> TakeAsync(long outboxId, DateTime now, CancellationToken ct)
    {
        var account = options.Value.AccountKey;
        var limits = options.Value.RateLimit;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var row = await db.Outbox.AsNoTracking().Where(o => o.Id == outboxId)
                .Select(o => new { o.Status, o.SlotAt, o.SendingAccount }).SingleOrDefaultAsync(ct);
            if (row is null || row.Status != OutboxStatus.Queued) return null;
            var pace = await db.SendPaces.AsNoTracking().SingleOrDefaultAsync(p => p.Account == account, ct);
            var paused = pace?.PausedUntil is { } until && until > now ? until : (DateTime?)null;
            var reserved = row.SendingAccount == account;

            if (row.SlotAt is { } due)
            {
                // A retry wait or a reservation still ahead: wait for it (unless a pause overtook the reservation).
                if (due > now && !(reserved && paused > due)) return due;
                // A reservation whose time has come, used promptly: send.
                if (due <= now && reserved && due > now - Grace && paused is null) return due;
            }
            if (limits.Unlimited) return paused ?? now;
            if (pace is null)
            {
                await CreatePaceAsync(account, now, ct);
                continue;
            }

            var slot = Latest(now, pace.NextSlotAt, paused);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (limits.PerDay > 0)
                slot = await AfterDayLimitAsync(account, outboxId, slot, limits.PerDay, ct);
            // One tick at least, so the compare-and-swap below always changes the row even with no per-minute limit.
            var next = slot + (limits.Interval > TimeSpan.Zero ? limits.Interval : TimeSpan.FromTicks(1));
            var moved = await db.SendPaces.Where(p => p.Account == account && p.NextSlotAt == pace.NextSlotAt)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextSlotAt, next), ct);
            if (moved == 0) continue; // another worker took that slot first: read again
            var taken = await db.Outbox.Where(o => o.Id == outboxId && o.Status == OutboxStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.SlotAt, slot).SetProperty(o => o.SendingAccount, account), ct);
            if (taken == 0) return null; // claimed or resolved meanwhile; the slot goes back with the rollback
            await tx.CommitAsync(ct);
            return slot;
        }
        throw new InvalidOperationException($"Could not reserve a send slot for outbox {outboxId} after 100 tries; the send job will be retried.");
    }

    /// <summary>The server answered "too many": nothing more from this account until <paramref name="until"/>.</summary>
    public async Task PauseAsync(DateTime until, string reason, DateTime now, CancellationToken ct)
    {
        var account = options.Value.AccountKey;
        if (!await db.SendPaces.AnyAsync(p => p.Account == account, ct))
            await CreatePaceAsync(account, now, ct);
        reason = reason.Length > 1000 ? reason[..1000] : reason;
        await db.SendPaces.Where(p => p.Account == account).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.PausedUntil, p => p.PausedUntil > until ? p.PausedUntil : until)
            .SetProperty(p => p.NextSlotAt, p => p.NextSlotAt > until ? p.NextSlotAt : until)
            .SetProperty(p => p.PauseReason, reason), ct);
    }

    /// <summary>The first slot at or after <paramref name="slot"/> whose preceding 24 hours hold fewer than the day limit.</summary>
    private async Task<DateTime> AfterDayLimitAsync(string account, long outboxId, DateTime slot, int perDay, CancellationToken ct)
    {
        var windowStart = slot - Day;
        // Failed replies reached nobody; every other slot taken from this account (sent, sending, reserved) counts.
        var inWindow = db.Outbox.Where(o => o.SendingAccount == account && o.SlotAt > windowStart && o.Id != outboxId && o.Status != OutboxStatus.Failed);
        var count = await inWindow.CountAsync(ct);
        if (count < perDay) return slot;
        var oldestToLeave = await inWindow.OrderBy(o => o.SlotAt).Select(o => o.SlotAt!.Value).Skip(count - perDay).FirstAsync(ct);
        return Latest(slot, oldestToLeave + Day + TimeSpan.FromTicks(1), null);
    }

    private async Task CreatePaceAsync(string account, DateTime now, CancellationToken ct)
    {
        db.SendPaces.Add(new SendPace { Account = account, NextSlotAt = now });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { /* another worker created it first */ }
        db.ChangeTracker.Clear();
    }

    private static DateTime Latest(DateTime a, DateTime b, DateTime? c)
    {
        var max = a > b ? a : b;
        return c > max ? c.Value : max;
    }
}
