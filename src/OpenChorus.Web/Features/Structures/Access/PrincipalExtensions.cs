using System.Security.Claims;

namespace OpenChorus.Web.Features.Structures.Access;

public static class PrincipalExtensions
{
    /// <summary>The signed-in user's id. Every page of the portal requires login, so a missing id is a programming error.</summary>
    public static Guid UserId(this ClaimsPrincipal principal) =>
        AccessService.UserIdOf(principal) ?? throw new InvalidOperationException("The page requires a signed-in user.");
}
