using Correspondence.Core.Cases;

namespace Correspondence.UnitTests.Cases;

public class StatusMachineTests
{
    [Fact]
    public void EnsureCanMove_HappyPathReceivedToSent_DoesNotThrow()
    {
        MessageStatus[] path = [MessageStatus.Received, MessageStatus.Triaged, MessageStatus.Drafted, MessageStatus.Approved, MessageStatus.Sent];

        for (var i = 1; i < path.Length; i++)
        {
            Assert.True(StatusMachine.CanMove(path[i - 1], path[i]), $"{path[i - 1]} -> {path[i]}");
            StatusMachine.EnsureCanMove(path[i - 1], path[i]);
        }
    }

    [Theory]
    [InlineData(MessageStatus.Received, MessageStatus.Sent)]
    [InlineData(MessageStatus.Received, MessageStatus.Approved)]
    [InlineData(MessageStatus.Triaged, MessageStatus.Approved)]
    [InlineData(MessageStatus.Sent, MessageStatus.Drafted)]
    [InlineData(MessageStatus.Sent, MessageStatus.Approved)]
    [InlineData(MessageStatus.Approved, MessageStatus.Drafted)]
    [InlineData(MessageStatus.Quarantined, MessageStatus.Drafted)]
    public void EnsureCanMove_IllegalMove_ThrowsInvalidStatusChange(MessageStatus from, MessageStatus to)
    {
        Assert.False(StatusMachine.CanMove(from, to));

        var ex = Assert.Throws<InvalidStatusChangeException>(() => StatusMachine.EnsureCanMove(from, to));

        Assert.Equal(from, ex.From);
        Assert.Equal(to, ex.To);
        Assert.Contains(from.ToString(), ex.Message);
        Assert.Contains(to.ToString(), ex.Message);
    }

    [Fact]
    public void CanMove_EveryStatus_HasAtLeastOneWayOut()
    {
        foreach (var from in Enum.GetValues<MessageStatus>())
            Assert.Contains(Enum.GetValues<MessageStatus>(), to => StatusMachine.CanMove(from, to));
    }

    [Fact]
    public void CanMove_ApprovedMessage_CanOnlyReachSendingOutcomes()
    {
        var targets = Enum.GetValues<MessageStatus>().Where(to => StatusMachine.CanMove(MessageStatus.Approved, to)).ToHashSet();

        Assert.Equal(new HashSet<MessageStatus> { MessageStatus.Sent, MessageStatus.SendFailed, MessageStatus.PossiblySent }, targets);
    }
}
