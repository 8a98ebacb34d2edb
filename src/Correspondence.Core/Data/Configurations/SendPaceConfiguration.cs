using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class SendPaceConfiguration : IEntityTypeConfiguration<SendPace>
{
    public void Configure(EntityTypeBuilder<SendPace> e)
    {
        e.HasKey(p => p.Account);
        e.Property(p => p.Account).HasMaxLength(200);
        e.Property(p => p.PauseReason).HasMaxLength(1000);
    }
}
