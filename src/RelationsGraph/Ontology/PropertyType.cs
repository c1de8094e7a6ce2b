namespace RelationsGraph;

/// <summary>The property types an ontology can declare.</summary>
public enum PropertyType
{
    /// <summary><c>string</c>: text.</summary>
    Text,

    /// <summary><c>string[]</c>: a list of texts.</summary>
    TextList,

    /// <summary><c>int</c>: a 32-bit integer.</summary>
    Number,

    /// <summary><c>bool</c>: true or false.</summary>
    Boolean,

    /// <summary><c>date</c>: a <see cref="PartialDate"/>.</summary>
    Date,

    /// <summary><c>datetime</c>: a <see cref="DateTimeOffset"/>.</summary>
    DateTime,

    /// <summary>An enum declared in the ontology.</summary>
    Enum,
}
