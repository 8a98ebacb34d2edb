namespace Correspondence.Web.Auth;

public static class Roles
{
    public const string Caseworker = "Caseworker";
    public const string Manager = "Manager";
    public const string Admin = "Admin";
    public static readonly string[] All = [Caseworker, Manager, Admin];
}

/// <summary>Authorization policies; a higher role includes the work of a lower one.</summary>
public static class Policies
{
    public const string Caseworker = "CaseworkerOrAbove";
    public const string Manager = "ManagerOrAbove";
    public const string Admin = "AdminOnly";
}
