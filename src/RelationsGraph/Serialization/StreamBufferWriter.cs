using System.Buffers;

namespace RelationsGraph.Serialization;

/// <summary>
/// A buffer that a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into and that hands its content to a stream
/// on <see cref="WriteTo"/>: one pooled array reused for the whole document.
/// </summary>
/// <remarks>
/// A Utf8JsonWriter over a stream keeps its own growing array, allocated per writer and cleared on every flush; a
/// writer of a large graph flushes thousands of times. This buffer is rented once and never cleared.
/// </remarks>
internal sealed class StreamBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 1 << 17;

    private readonly Stream stream;
    private byte[] buffer;
    private int written;

    /// <summary>A buffer whose content goes to <paramref name="stream"/>.</summary>
    public StreamBufferWriter(Stream stream)
    {
        this.stream = stream;
        buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    }

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - written);
        written += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(written);
    }

    /// <summary>Writes what the buffer holds to the stream, and empties it.</summary>
    public void WriteTo()
    {
        if (written > 0)
        {
            stream.Write(buffer, 0, written);
            written = 0;
        }
    }

    /// <summary>Returns the array to the pool (without writing what it holds).</summary>
    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        written = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> bytes (one when 0): first by writing to the stream, then by a larger array.</summary>
    private void Reserve(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        ObjectDisposedException.ThrowIf(buffer.Length == 0, this);
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - written >= needed)
        {
            return;
        }

        WriteTo();
        if (buffer.Length < needed)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(needed);
        }
    }
}
