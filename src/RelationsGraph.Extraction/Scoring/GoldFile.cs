using System.Text.Json;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Scoring;

/// <summary>
/// A hand-written gold file (<c>name.gold.json</c>, see docs: gold-format): the entities and relations an
/// article states. Read with <see cref="Read"/> or <see cref="Parse"/>; a file that breaks the format is refused
/// with the file and JSON path in the message.
/// </summary>
public sealed class GoldFile
{
    /// <summary>The pseudo edge kind scored from ParticipatedIn pairs.</summary>
    public const string MetWith = "MetWith";

    private static readonly HashSet<string> EntityTypes = new(StringComparer.Ordinal)
    {
        "Country", "Leader", "Document", "Treaty", "Event", "Organization", "Place", "Topic",
    };

    private GoldFile(string article, IReadOnlyList<GoldEntity> entities, IReadOnlyList<GoldRelation> relations)
    {
        Article = article;
        Entities = entities;
        Relations = relations;
    }

    /// <summary>The article id (the fixture's file name without extension).</summary>
    public string Article { get; }

    /// <summary>The entities, in file order.</summary>
    public IReadOnlyList<GoldEntity> Entities { get; }

    /// <summary>The relations, in file order.</summary>
    public IReadOnlyList<GoldRelation> Relations { get; }

    /// <summary>Reads a gold file.</summary>
    /// <exception cref="InvalidDataException">The file breaks the gold format.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static GoldFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses gold JSON.</summary>
    /// <param name="utf8">The JSON.</param>
    /// <param name="file">The file name for messages.</param>
    /// <exception cref="InvalidDataException">The JSON breaks the gold format.</exception>
    public static GoldFile Parse(ReadOnlyMemory<byte> utf8, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var document = JsonValues.Parse(utf8, file);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw JsonValues.Error(file, "$", "an object");
        }

        var article = JsonValues.Required(root, "article", file, "$");
        var entities = Items(root, "entities", file, (item, path) =>
        {
            var type = JsonValues.Required(item, "type", file, path);
            if (!EntityTypes.Contains(type))
            {
                throw JsonValues.Error(file, path + ".type", "a node kind (" + string.Join(", ", EntityTypes.Order(StringComparer.Ordinal)) + ")");
            }

            return new GoldEntity(type, JsonValues.Required(item, "name", file, path), JsonValues.Strings(item, "aliases", file, path), Attributes(item, file, path));
        });
        var names = entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var relations = Items(root, "relations", file, (item, path) =>
        {
            var type = JsonValues.Required(item, "type", file, path);
            if (type != MetWith && !Ontology.BuiltIn.TryGetEdgeKind(type, out _))
            {
                throw JsonValues.Error(file, path + ".type", "an edge kind or MetWith");
            }

            var from = JsonValues.Required(item, "from", file, path);
            var to = JsonValues.Required(item, "to", file, path);
            foreach (var (end, name) in new[] { ("from", from), ("to", to) })
            {
                if (!names.Contains(name))
                {
                    throw JsonValues.Error(file, $"{path}.{end}", $"the name of an entity of the file (\"{name}\" is none)");
                }
            }

            return new GoldRelation(type, from, to, JsonValues.Optional(item, "evidence", file, path) ?? "");
        });
        return new GoldFile(article, entities, relations);
    }

    private static Dictionary<string, string> Attributes(JsonElement item, string file, string path)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!item.TryGetProperty("attributes", out var value))
        {
            return attributes;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw JsonValues.Error(file, path + ".attributes", "an object");
        }

        foreach (var property in value.EnumerateObject())
        {
            attributes[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }

        return attributes;
    }

    private static List<T> Items<T>(JsonElement root, string name, string file, Func<JsonElement, string, T> read)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw JsonValues.Error(file, "$." + name, "an array");
        }

        var list = new List<T>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"$.{name}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw JsonValues.Error(file, path, "an object");
            }

            list.Add(read(item, path));
        }

        return list;
    }
}
