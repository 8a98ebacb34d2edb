namespace Correspondence.Web.Demo;

/// <summary>Settings section "Demo": first-run conveniences of the embedded default. Off in production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Create the demo sign-in below and load the sample mail into an empty drop folder.</summary>
    public bool Enabled { get; set; }
    public string Email { get; set; } = "demo@correspondence.local";
    /// <summary>Only used when Enabled; documented in the README for first use.</summary>
    public string Password { get; set; } = "";
}
