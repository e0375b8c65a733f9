using System.Text;

namespace OpenChorus.Web.Features.Structures.Directory;

/// <summary>
/// Reads ";"-separated text the way RFC 4180 (with ";" for ",") and Excel write it: a value in double quotes may hold
/// ";", line breaks and doubled quotes (<c>""</c> for <c>"</c>); lines end with LF, CRLF or CR; a leading UTF-8 BOM is
/// ignored. Each record carries the line it starts on, for error reports, and an error when its quotes are wrong.
/// </summary>
public static class SemicolonCsv
{
    public const char Separator = ';';

    public static IEnumerable<CsvRecord> Read(string content)
    {
        var (position, line) = (content.StartsWith('\uFEFF') ? 1 : 0, 1);
        while (position < content.Length)
        {
            yield return ReadRecord(content, ref position, ref line);
        }
    }

    private static CsvRecord ReadRecord(string text, ref int position, ref int line)
    {
        var (startLine, fields, error) = (line, new List<string>(), (string?)null);
        var field = new StringBuilder();
        var (atFieldStart, afterQuotes) = (true, false);
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == Separator)
            {
                fields.Add(field.ToString().Trim());
                (field, atFieldStart, afterQuotes) = (new StringBuilder(), true, false);
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && position < text.Length && text[position] == '\n')
                {
                    position++;
                }

                line++;
                break;
            }
            else if (atFieldStart && c == '"')
            {
                error ??= ReadQuoted(text, ref position, ref line, field);
                (atFieldStart, afterQuotes) = (false, true);
            }
            else if (afterQuotes)
            {
                if (!char.IsWhiteSpace(c))
                {
                    error ??= "un texte entre guillemets doit être suivi d'un point-virgule ou de la fin de la ligne";
                }
            }
            else
            {
                atFieldStart = atFieldStart && char.IsWhiteSpace(c);
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return new CsvRecord(startLine, [.. fields], error);
    }

    /// <summary>Reads a quoted value up to its closing quote; the answer is an error when there is none.</summary>
    private static string? ReadQuoted(string text, ref int position, ref int line, StringBuilder field)
    {
        field.Clear();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                if (position < text.Length && text[position] == '"')
                {
                    field.Append('"');
                    position++;
                    continue;
                }

                return null;
            }

            if (c == '\n' || (c == '\r' && (position >= text.Length || text[position] != '\n')))
            {
                line++;
            }

            field.Append(c);
        }

        return "un guillemet ouvert n'est jamais refermé";
    }
}

/// <summary>One record: the line it starts on, its values (trimmed), and what is wrong with its quotes, if anything.</summary>
public sealed record CsvRecord(int LineNumber, string[] Fields, string? Error);
