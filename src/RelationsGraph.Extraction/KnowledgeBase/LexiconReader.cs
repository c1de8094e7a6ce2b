using System.Text.Json;

namespace RelationsGraph.Extraction.Knowledge;

/// <summary>Reads a lexicon file (<c>relationsgraph-lexicon</c>, version 1) with <see cref="JsonDocument"/>.</summary>
internal static class LexiconReader
{
    public const string FormatName = "relationsgraph-lexicon";

    public static Lexicon Read(ReadOnlyMemory<byte> utf8, string file)
    {
        using var document = JsonValues.Parse(utf8, file);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw JsonValues.Error(file, "$", "an object");
        }

        if (JsonValues.Optional(root, "format", file, "$") != FormatName)
        {
            throw JsonValues.Error(file, "$.format", $"\"{FormatName}\"");
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 1)
        {
            throw JsonValues.Error(file, "$.version", "1");
        }

        return new Lexicon(
            Items(root, "titles", file, (item, path) => new LexiconTitle(
                JsonValues.Required(item, "title", file, path), JsonValues.Strings(item, "forms", file, path),
                JsonValues.Optional(item, "country", file, path))),
            Items(root, "topics", file, (item, path) => new LexiconTopic(
                JsonValues.Required(item, "name", file, path), JsonValues.Strings(item, "forms", file, path))),
            Items(root, "places", file, (item, path) => ReadPlace(item, file, path)),
            Items(root, "eventSeries", file, (item, path) => new LexiconEventSeries(
                JsonValues.Required(item, "organization", file, path), JsonValues.Required(item, "name", file, path),
                JsonValues.Strings(item, "forms", file, path), JsonValues.Optional(item, "convener", file, path))),
            Items(root, "aliases", file, (item, path) => (Id: JsonValues.Required(item, "node", file, path), Aliases: JsonValues.Strings(item, "aliases", file, path)))
                .GroupBy(a => a.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(a => a.Aliases)], StringComparer.Ordinal),
            JsonValues.Strings(root, "features", file, "$"),
            new HashSet<string>(JsonValues.Strings(root, "women", file, "$"), StringComparer.Ordinal));
    }

    private static LexiconPlace ReadPlace(JsonElement item, string file, string path)
    {
        var kindText = JsonValues.Required(item, "kind", file, path);
        if (!Enum.TryParse<PlaceKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            throw JsonValues.Error(file, $"{path}.kind", "City, Region or Venue");
        }

        return new LexiconPlace(
            JsonValues.Required(item, "name", file, path), kind, JsonValues.Required(item, "country", file, path),
            JsonValues.Optional(item, "city", file, path), JsonValues.Optional(item, "region", file, path),
            JsonValues.Strings(item, "aliases", file, path), JsonValues.Flag(item, "metonym", file, path));
    }

    private static List<T> Items<T>(JsonElement root, string name, string file, Func<JsonElement, string, T> read)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            return [];
        }

        var path = "$." + name;
        JsonValues.Array(array, file, path);
        var list = new List<T>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw JsonValues.Error(file, itemPath, "an object");
            }

            list.Add(read(item, itemPath));
        }

        return list;
    }
}
