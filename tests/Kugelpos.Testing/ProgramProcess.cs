using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Kugelpos.Testing;

/// <summary>
/// One of our programs (an assembly beside the test's own) started as a process the way an
/// operator starts it, read line by line and stopped with a signal. Killed on dispose if it is
/// still running, so a failed test leaves nothing behind.
/// </summary>
/// <remarks>
/// Both of its outputs are read from the start, whatever the test reads: a program whose pipe fills
/// (64 KiB of logs nobody reads, say while it shuts down) blocks on its next write and never exits.
/// </remarks>
public sealed class ProgramProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly Task _outputRead;
    private readonly Task _errorRead;

    private ProgramProcess(Process process)
    {
        _process = process;
        _outputRead = PumpAsync(process.StandardOutput, _output, _lines.Writer);
        _errorRead = PumpAsync(process.StandardError, _error, null);
    }

    /// <summary>The exit code, once it has exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Everything read from standard output so far.</summary>
    public string OutputSoFar
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet {assembly}.dll {arguments}</c>.</summary>
    /// <param name="assembly">The program's file name without <c>.dll</c>, built beside the test assembly.</param>
    /// <param name="arguments">Its command line.</param>
    /// <param name="workingDirectory">Where it runs; the test's folder when null.</param>
    /// <param name="environment">Variables to set (a null value removes one the test run has).</param>
    public static ProgramProcess Start(string assembly, string arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var program = Path.Combine(AppContext.BaseDirectory, assembly + ".dll");
        return StartFile("dotnet", $"\"{program}\" {arguments}", workingDirectory, environment);
    }

    /// <summary>
    /// Starts an executable other than one of our assemblies: a tool on the PATH (<c>kubectl</c>,
    /// <c>dotnet publish</c>) or a published program's native launcher.
    /// </summary>
    /// <param name="fileName">The executable, a path or a name found on the PATH.</param>
    /// <param name="arguments">Its command line.</param>
    /// <param name="workingDirectory">Where it runs; the test's folder when null.</param>
    /// <param name="environment">Variables to set (a null value removes one the test run has).</param>
    public static ProgramProcess StartFile(string fileName, string arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return new ProgramProcess(Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start"));
    }

    /// <summary>
    /// Reads standard output until a line contains <paramref name="text"/>: the programs log once
    /// they listen, so this waits exactly that long. Fails if the program exits first.
    /// </summary>
    public async Task UntilLoggedAsync(string text)
    {
        while (await _lines.Reader.WaitToReadAsync().AsTask().WaitAsync(Patience))
        {
            while (_lines.Reader.TryRead(out var line))
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    return;
                }
            }
        }

        throw new InvalidOperationException($"the program exited without logging '{text}': {await ReadOutputToEndAsync()}{await ReadErrorToEndAsync()}");
    }

    /// <summary>All of standard output, to the program's end.</summary>
    public async Task<string> ReadOutputToEndAsync()
    {
        await _outputRead.WaitAsync(Patience);
        return OutputSoFar;
    }

    /// <summary>The whole of standard error, to the program's end.</summary>
    public async Task<string> ReadErrorToEndAsync()
    {
        await _errorRead.WaitAsync(Patience);
        lock (_gate)
        {
            return _error.ToString();
        }
    }

    /// <summary>Sends <paramref name="signal"/> (2 for Ctrl+C, 15 for SIGTERM) with <c>kill</c>; returns kill's exit code.</summary>
    public int Signal(int signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {_process.Id}");
        kill.WaitForExit();
        return kill.ExitCode;
    }

    /// <summary>Waits for the program to end and returns its exit code.</summary>
    /// <param name="patience">How long to wait at most; two minutes when null (a build may need longer).</param>
    public async Task<int> WaitForExitAsync(TimeSpan? patience = null)
    {
        await _process.WaitForExitAsync().WaitAsync(patience ?? Patience);
        return _process.ExitCode;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task PumpAsync(StreamReader from, StringBuilder into, ChannelWriter<string>? lines)
    {
        while (await from.ReadLineAsync() is { } line)
        {
            lock (_gate)
            {
                into.AppendLine(line);
            }

            lines?.TryWrite(line);
        }

        lines?.TryComplete();
    }

    // A bound for a program that hangs, not a timing assertion: start-up on a busy CI machine
    // takes seconds, never minutes.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
}
