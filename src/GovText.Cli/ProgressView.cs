using GovText.Core.Pipeline;
using Spectre.Console;

namespace GovText.Cli;

/// <summary>
/// Progress of the long stages (reading, comparing, charts, models, the report) on standard error, drawn only when a
/// person watches it: not with --quiet and not when standard error is a file or a pipe. Core reports through
/// <see cref="IProgress{T}"/>; this draws it. A stage without finer steps shows a spinner and the time spent.
/// </summary>
internal sealed class ProgressView
{
    private readonly IAnsiConsole? _console;

    /// <param name="console">Where to draw, or null to show nothing.</param>
    public ProgressView(IAnsiConsole? console) => _console = console;

    /// <summary>True when progress is drawn.</summary>
    public bool Shown => _console is not null;

    /// <summary>Runs a stage of <paramref name="total"/> items; <paramref name="work"/> calls the action it is given once per item.</summary>
    public T Count<T>(string description, int total, Func<Action, T> work)
    {
        if (_console is null || total == 0) return work(() => { });
        return Show(description, (_, task) =>
        {
            task.MaxValue = total;
            return work(() => task.Increment(1));
        });
    }

    /// <summary>Runs a stage that reports its steps through the <see cref="IProgress{T}"/> it is given (null when nothing is shown).</summary>
    public T Run<T>(string description, Func<IProgress<StageProgress>?, T> work)
    {
        if (_console is null) return work(null);
        return Show(description, (ctx, task) =>
        {
            task.IsIndeterminate = true;
            return work(new Steps(ctx, task, description));
        });
    }

    private T Show<T>(string description, Func<ProgressContext, ProgressTask, T> work)
    {
        T result = default!;
        _console!.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(description));
                // Drawn at once: a stage shorter than the refresh interval still shows what it was.
                ctx.Refresh();
                result = work(ctx, task);
            });
        return result;
    }

    // Each step is drawn when it starts (there are a handful), so even a short one is seen.
    private sealed class Steps(ProgressContext context, ProgressTask task, string description) : IProgress<StageProgress>
    {
        public void Report(StageProgress value)
        {
            task.IsIndeterminate = false;
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = Markup.Escape($"{description}: {value.Step}");
            context.Refresh();
        }
    }
}
