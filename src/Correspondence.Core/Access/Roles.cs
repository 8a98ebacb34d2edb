namespace Correspondence.Core.Access;

/// <summary>The roles every host agrees on; a higher role includes the work of a lower one.</summary>
public static class Roles
{
    public const string Caseworker = "Caseworker";
    public const string Manager = "Manager";
    public const string Admin = "Admin";
    public static readonly string[] All = [Caseworker, Manager, Admin];
}
