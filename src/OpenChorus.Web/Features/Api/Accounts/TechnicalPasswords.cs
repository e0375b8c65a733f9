using System.Security.Cryptography;
using System.Text;

namespace OpenChorus.Web.Features.Api.Accounts;

/// <summary>Generates technical passwords (24 characters, every class, from a cryptographic source) and compares them
/// in constant time with their stored SHA-256 hash.</summary>
public static class TechnicalPasswords
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#%+-=?@_";

    public static string Generate()
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = (RandomNumberGenerator.GetString(Upper, 1) + RandomNumberGenerator.GetString(Lower, 1)
                     + RandomNumberGenerator.GetString(Digits, 1) + RandomNumberGenerator.GetString(Symbols, 1)
                     + RandomNumberGenerator.GetString(all, 20)).ToCharArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    public static byte[] Hash(string password) => SHA256.HashData(Encoding.UTF8.GetBytes(password));

    public static bool Matches(string password, byte[] hash) => CryptographicOperations.FixedTimeEquals(Hash(password), hash);
}
