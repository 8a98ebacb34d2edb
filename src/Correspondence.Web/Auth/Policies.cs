namespace Correspondence.Web.Auth;

/// <summary>Authorization policies over the roles in <see cref="Core.Access.Roles"/>.</summary>
public static class Policies
{
    public const string Caseworker = "CaseworkerOrAbove";
    public const string Manager = "ManagerOrAbove";
    public const string Admin = "AdminOnly";
}
