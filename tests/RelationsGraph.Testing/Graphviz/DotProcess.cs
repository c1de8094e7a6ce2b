using System.Diagnostics;
using System.Text;

namespace RelationsGraph.Testing;

/// <summary>Runs <c>dot -Tsvg</c> with the DOT text on stdin.</summary>
internal static class DotProcess
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs dot, reading stdout and stderr while writing stdin so that no pipe fills up; kills it after <paramref name="timeout"/>.</summary>
    public static DotOutput Run(string dotPath, string dotText, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(dotPath)
        {
            ArgumentList = { "-Tsvg" },
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8WithoutBom,
            StandardOutputEncoding = Utf8WithoutBom,
            StandardErrorEncoding = Utf8WithoutBom,
        };

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start '{dotPath}'.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdin = WriteAndCloseAsync(process.StandardInput, dotText);

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new DotOutput(-1, "", "", TimedOut: true);
        }

        process.WaitForExit(); // drains the redirected streams
        stdin.GetAwaiter().GetResult();
        return new DotOutput(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), TimedOut: false);
    }

    private static async Task WriteAndCloseAsync(StreamWriter stdin, string text)
    {
        try
        {
            await stdin.WriteAsync(text).ConfigureAwait(false);
            stdin.Close();
        }
        catch (IOException)
        {
            // dot stopped reading (a syntax error ends it early); its exit code and stderr tell why.
        }
    }
}
