using System.Text.Json;

namespace RelationsGraph.Extraction.Knowledge;

/// <summary>Reads fields of plain JSON documents (term and group arrays, the lexicon) with errors that name the file and item.</summary>
internal static class JsonValues
{
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, string file)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}({(e.LineNumber ?? 0) + 1},{(e.BytePositionInLine ?? 0) + 1}): {e.Message}", e);
        }
    }

    public static JsonElement Array(JsonElement element, string file, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Error(file, path, "an array");
        }

        return element;
    }

    public static string Required(JsonElement item, string name, string file, string path)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Error(file, $"{path}.{name}", "a non-empty string");
        }

        return value.GetString()!;
    }

    public static string? Optional(JsonElement item, string name, string file, string path)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(file, $"{path}.{name}", "a string");
    }

    public static bool Flag(JsonElement item, string name, string file, string path)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(file, $"{path}.{name}", "true or false"),
        };
    }

    public static IReadOnlyList<string> Strings(JsonElement item, string name, string file, string path)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(file, $"{path}.{name}", "an array of strings");
        }

        var list = new List<string>();
        var index = 0;
        foreach (var entry in value.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(entry.GetString()))
            {
                throw Error(file, $"{path}.{name}[{index}]", "a non-empty string");
            }

            list.Add(entry.GetString()!);
            index++;
        }

        return list;
    }

    public static PartialDate? Date(JsonElement item, string name, string file, string path)
    {
        var text = Optional(item, name, file, path);
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, out var date) ? date : throw Error(file, $"{path}.{name}", "a date (yyyy, yyyy-MM or yyyy-MM-dd)");
    }

    public static InvalidDataException Error(string file, string path, string expected) =>
        new($"{file}: {path} must be {expected}.");
}
