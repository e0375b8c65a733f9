namespace OpenChorus.Web.Features.Accounts;

/// <summary>The account events worth an audit line (never a password, token or code).</summary>
public static partial class AccountLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} created, activation link sent")]
    public static partial void Created(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} activated")]
    public static partial void Activated(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked out after repeated failures")]
    public static partial void LockedOut(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} changed its login address")]
    public static partial void LoginEmailChanged(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} deactivated by its owner")]
    public static partial void Deactivated(ILogger logger, Guid userId);
}
