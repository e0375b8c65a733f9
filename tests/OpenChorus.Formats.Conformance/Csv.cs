using System.Text;

namespace OpenChorus.Formats.Conformance;

/// <summary>Reads the corpus CSV and TSV files (RFC 4180 quoting for CSV) into dictionaries keyed by header.</summary>
internal static class Csv
{
    public static List<Dictionary<string, string>> ReadCsv(string path) => ToRows(ParseCsv(File.ReadAllText(path)));

    public static List<Dictionary<string, string>> ReadTsv(string path) =>
        ToRows(File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t').ToList()).ToList());

    private static List<Dictionary<string, string>> ToRows(List<List<string>> records)
    {
        var header = records[0];
        return records.Skip(1).Select(r => header.Select((h, i) => (h, v: i < r.Count ? r[i] : ""))
            .ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal)).ToList();
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"': quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    break;
                case '\r': break;
                default: field.Append(c); break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
