using System.Text.Json;

namespace RelationsGraph.Extraction.Knowledge;

/// <summary>Reads the plain arrays of the knowledge base: <c>leader-terms.json</c> and <c>document-groups.json</c>.</summary>
internal static class ReferenceArrays
{
    public static List<OfficeTerm> ReadTerms(ReadOnlyMemory<byte> utf8, string file) =>
        ReadArray(utf8, file, (item, path) => new OfficeTerm(
            JsonValues.Required(item, "leader", file, path),
            JsonValues.Required(item, "country", file, path),
            JsonValues.Required(item, "title", file, path),
            JsonValues.Date(item, "since", file, path),
            JsonValues.Date(item, "until", file, path)));

    public static List<DocumentGroup> ReadGroups(ReadOnlyMemory<byte> utf8, string file) =>
        ReadArray(utf8, file, (item, path) => new DocumentGroup(
            JsonValues.Required(item, "name", file, path),
            JsonValues.Strings(item, "countries", file, path),
            JsonValues.Strings(item, "documents", file, path),
            JsonValues.Strings(item, "aliases", file, path)));

    private static List<T> ReadArray<T>(ReadOnlyMemory<byte> utf8, string file, Func<JsonElement, string, T> read)
    {
        using var document = JsonValues.Parse(utf8, file);
        JsonValues.Array(document.RootElement, file, "$");
        var list = new List<T>();
        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var path = $"$[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw JsonValues.Error(file, path, "an object");
            }

            list.Add(read(item, path));
        }

        return list;
    }
}
