using RelationsGraph.Generators.Model;

namespace RelationsGraph.Generators.Emit;

/// <summary>The per-property statements shared by node and edge emitters: declaration, JSON reading and writing, visiting, merging.</summary>
internal static class PropertyCode
{
    /// <summary>The name of the local variable that holds the property while it is read.</summary>
    public static string Local(PropertyDefinition property) => "@" + property.JsonName;

    /// <summary>The private field behind the property, which a merge inside the graph may update.</summary>
    public static string Field(PropertyDefinition property) => "_" + property.JsonName;

    /// <summary>Declares the init-only property, with its doc and its backing field.</summary>
    public static void Declare(CodeWriter writer, OntologyModel model, PropertyDefinition property)
    {
        var type = model.ClrType(property.Type);
        writer.Line($"private {type} {Field(property)};");
        writer.Line();
        writer.Summary(property.Doc ?? $"The {property.JsonName} of this item.");
        writer.Line($"public {type} {property.Name} {{ get => {Field(property)}; init => {Field(property)} = value; }}");
        writer.Line();
    }

    /// <summary>The static field that holds the property's JSON name, encoded once.</summary>
    public static string JsonNameField(PropertyDefinition property) => Field(property) + "Json";

    /// <summary>Writes the statement that puts the property into the JSON object when it has a value.</summary>
    /// <remarks>Values are written without temporary strings: dates and timestamps are formatted into a buffer, enums copied from a table.</remarks>
    public static void WriteJson(CodeWriter writer, PropertyDefinition property)
    {
        const string Writing = "global::RelationsGraph.Serialization.GraphJsonWriting";
        var name = JsonNameField(property);
        var p = property.Name;
        var local = Local(property);
        writer.Line(property.Type.Kind switch
        {
            PropertyTypeKind.String => $"if ({p} is {{ }} {local}) writer.WriteString({name}, {local});",
            PropertyTypeKind.StringList => $"{Writing}.WriteStrings(writer, {name}, {p});",
            PropertyTypeKind.Int => $"if ({p} is {{ }} {local}) writer.WriteNumber({name}, {local});",
            PropertyTypeKind.Bool => $"if ({p} is {{ }} {local}) writer.WriteBoolean({name}, {local});",
            PropertyTypeKind.Date => $"if ({p} is {{ }} {local}) {Writing}.WriteDate(writer, {name}, {local});",
            PropertyTypeKind.DateTime => $"if ({p} is {{ }} {local}) {Writing}.WriteTimestamp(writer, {name}, {local});",
            _ => $"if ({p} is {{ }} {local}) {Writing}.WriteEnum(writer, {name}, {local});",
        });
    }

    /// <summary>Writes the statement that hands the property to a visitor.</summary>
    public static void Visit(CodeWriter writer, PropertyDefinition property) =>
        writer.Line(property.Type.Kind == PropertyTypeKind.Enum
            ? $"visitor.Visit(\"{property.JsonName}\", {property.Name}?.ToString());"
            : $"visitor.Visit(\"{property.JsonName}\", {property.Name});");

    /// <summary>Declares the local that collects the property while the JSON object is read.</summary>
    private static string DeclareLocal(OntologyModel model, PropertyDefinition property) =>
        $"{model.ClrType(property.Type)} {Local(property)} = default;";

    /// <summary>The <c>else if</c> branch that reads the property's value.</summary>
    private static string ReadBranch(OntologyModel model, PropertyDefinition property)
    {
        var read = property.Type.Kind switch
        {
            PropertyTypeKind.String => "context.ReadString(ref reader)",
            PropertyTypeKind.StringList => "context.ReadStrings(ref reader)",
            PropertyTypeKind.Int => "context.ReadInt32(ref reader)",
            PropertyTypeKind.Bool => "context.ReadBoolean(ref reader)",
            PropertyTypeKind.Date => "context.ReadDate(ref reader)",
            PropertyTypeKind.DateTime => "context.ReadTimestamp(ref reader)",
            _ => $"context.ReadEnum<{model.EnumType(property.Type.EnumName!)}>(ref reader)",
        };
        return $"else if (reader.ValueTextEquals(\"{property.JsonName}\"u8)) {Local(property)} = {read};";
    }

    /// <summary>
    /// Writes the start of a ReadJson body: the envelope and one local per property, the loop that reads each
    /// JSON property into them (unknown ones fail), and the check that the envelope is complete.
    /// </summary>
    /// <param name="writer">The writer, inside the ReadJson method's block.</param>
    /// <param name="model">The ontology, for the properties' types.</param>
    /// <param name="envelope">The envelope struct's name in RelationsGraph.Serialization (<c>NodeEnvelope</c> or <c>EdgeEnvelope</c>).</param>
    /// <param name="properties">Every property the kind reads, in JSON name order.</param>
    public static void EmitReadProperties(CodeWriter writer, OntologyModel model, string envelope, IReadOnlyList<PropertyDefinition> properties)
    {
        writer.Line($"var envelope = new global::RelationsGraph.Serialization.{envelope}();");
        foreach (var property in properties)
        {
            writer.Line(DeclareLocal(model, property));
        }

        using (writer.Block("while (context.NextProperty(ref reader))"))
        {
            writer.Line("if (context.TryReadEnvelope(ref reader, ref envelope)) { }");
            foreach (var property in properties)
            {
                writer.Line(ReadBranch(model, property));
            }

            writer.Line("else context.UnknownProperty(ref reader);");
        }

        writer.Line("context.RequireEnvelope(ref envelope);");
    }

    /// <summary>The statement that merges this property of <c>that</c> into <c>this</c>.</summary>
    public static string Merge(PropertyDefinition property) => property.Type.Kind == PropertyTypeKind.StringList
        ? $"{Field(property)} = context.Union({Field(property)}, that.{Field(property)});"
        : $"{Field(property)} = context.Merge(\"{property.JsonName}\", {Field(property)}, that.{Field(property)});";

    /// <summary>Writes the merge method of a kind with <paramref name="own"/> properties.</summary>
    public static void EmitMerge(CodeWriter writer, string kind, string root, bool callBase, IReadOnlyList<PropertyDefinition> own)
    {
        writer.Line("/// <inheritdoc />");
        using (writer.Block($"protected override void MergeProperties({root} other, global::RelationsGraph.MergeContext context)"))
        {
            if (callBase)
            {
                writer.Line("base.MergeProperties(other, context);");
            }

            if (own.Count > 0)
            {
                writer.Line($"var that = ({kind})other;");
            }

            foreach (var property in own)
            {
                writer.Line(Merge(property));
            }
        }

        writer.Line();
    }

    /// <summary>Writes the override that writes <paramref name="properties"/> to a Utf8JsonWriter, after the static fields of their encoded JSON names.</summary>
    public static void EmitWriteJson(CodeWriter writer, IReadOnlyList<PropertyDefinition> properties)
    {
        foreach (var property in properties)
        {
            writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {JsonNameField(property)} = global::System.Text.Json.JsonEncodedText.Encode(\"{property.JsonName}\"u8);");
        }

        if (properties.Count > 0)
        {
            writer.Line();
        }

        writer.Line("/// <inheritdoc />");
        using (writer.Block("protected override void WriteJsonProperties(global::System.Text.Json.Utf8JsonWriter writer)"))
        {
            foreach (var property in properties)
            {
                WriteJson(writer, property);
            }
        }

        writer.Line();
    }

    /// <summary>Writes the override that hands <paramref name="properties"/> to a visitor.</summary>
    public static void EmitVisit(CodeWriter writer, IReadOnlyList<PropertyDefinition> properties)
    {
        writer.Line("/// <inheritdoc />");
        using (writer.Block("protected override void VisitProperties(global::RelationsGraph.IPropertyVisitor visitor)"))
        {
            foreach (var property in properties)
            {
                Visit(writer, property);
            }
        }

        writer.Line();
    }
}
