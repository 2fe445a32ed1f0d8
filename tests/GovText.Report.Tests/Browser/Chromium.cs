using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovText.Report.Tests.Browser;

/// <summary>
/// Headless Chromium driven over the DevTools protocol (a WebSocket on the loopback interface, .NET's own client):
/// one page, its console errors, its network requests, screenshots and script evaluation.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<(string Method, JsonElement Params)> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiver;
    private int _nextId;
    private string _session = "";

    private Chromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The browser executable, or null where none is installed.</summary>
    public static string? Executable => Candidates.FirstOrDefault(File.Exists);

    public const string MissingReason =
        "Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it): the browser test renders report.html in it.";

    /// <summary>Starts the browser and opens one blank page of <paramref name="width"/> × <paramref name="height"/> CSS pixels.</summary>
    public static async Task<Chromium> Start(int width, int height, bool mobile = false)
    {
        var profile = Path.Combine(Path.GetTempPath(), "govtext-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var psi = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(MissingReason))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
                     "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
                 })
            psi.ArgumentList.Add(arg);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("chromium did not start");
        var browser = new Chromium(process, profile);
        try
        {
            var endpoint = await browser.ReadEndpoint();
            await browser._socket.ConnectAsync(new Uri(endpoint), new CancellationTokenSource(Timeout).Token);
            browser._receiver = Task.Run(browser.Receive);
            var target = await browser.Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, session: false);
            var attached = await browser.Send("Target.attachToTarget",
                new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, session: false);
            browser._session = attached.GetProperty("sessionId").GetString()!;
            foreach (var domain in new[] { "Page", "Runtime", "Log", "Network", "DOM", "CSS" })
                await browser.Send(domain + ".enable");
            await browser.Send("Emulation.setDeviceMetricsOverride", new JsonObject
            {
                ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile,
            });
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every event received so far.</summary>
    public IReadOnlyList<(string Method, JsonElement Params)> Events => [.. _events];

    /// <summary>Opens <paramref name="file"/> and waits for its load event and its fonts.</summary>
    public async Task Open(string file)
    {
        var url = new Uri(Path.GetFullPath(file)).AbsoluteUri;
        await Send("Page.navigate", new JsonObject { ["url"] = url });
        var deadline = DateTime.UtcNow + Timeout;
        while (!_events.Any(e => e.Method == "Page.loadEventFired"))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the page did not finish loading in " + Timeout);
            await Task.Delay(50);
        }
        await Evaluate("document.fonts.ready.then(() => document.fonts.size)");
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonElement> Evaluate(string expression)
    {
        var result = await Send("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true,
        });
        if (result.TryGetProperty("exceptionDetails", out var error)) throw new InvalidOperationException("page script failed: " + error);
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>A PNG screenshot of the viewport, or of the whole page.</summary>
    public async Task<byte[]> Screenshot(bool fullPage = false)
    {
        var args = new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = fullPage };
        if (fullPage)
        {
            var size = await Evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
            args["clip"] = new JsonObject
            {
                ["x"] = 0, ["y"] = 0, ["scale"] = 1,
                ["width"] = size[0].GetDouble(), ["height"] = Math.Min(size[1].GetDouble(), 16000),
            };
        }
        var shot = await Send("Page.captureScreenshot", args);
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    /// <summary>The platform fonts that drew the text of the first node matching <paramref name="selector"/>.</summary>
    public async Task<IReadOnlyList<(string Family, bool Custom, int Glyphs)>> FontsFor(string selector)
    {
        var document = await Send("DOM.getDocument", new JsonObject { ["depth"] = 0 });
        var node = await Send("DOM.querySelector", new JsonObject
        {
            ["nodeId"] = document.GetProperty("root").GetProperty("nodeId").GetInt32(), ["selector"] = selector,
        });
        var id = node.GetProperty("nodeId").GetInt32();
        if (id == 0) throw new InvalidOperationException("no element matches " + selector);
        var fonts = await Send("CSS.getPlatformFontsForNode", new JsonObject { ["nodeId"] = id });
        return fonts.GetProperty("fonts").EnumerateArray()
            .Select(f => (f.GetProperty("familyName").GetString() ?? "", f.GetProperty("isCustomFont").GetBoolean(), f.GetProperty("glyphCount").GetInt32()))
            .ToList();
    }

    /// <summary>Sends a command to the page (or the browser) and returns its result.</summary>
    public async Task<JsonElement> Send(string method, JsonObject? parameters = null, bool session = true)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session) message["sessionId"] = _session;
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        var done = await Task.WhenAny(reply.Task, Task.Delay(Timeout));
        if (done != reply.Task) throw new TimeoutException($"{method}: no answer from chromium in {Timeout}");
        return await reply.Task;
    }

    private async Task<string> ReadEndpoint()
    {
        var deadline = DateTime.UtcNow + Timeout;
        var seen = new StringBuilder();
        while (DateTime.UtcNow < deadline)
        {
            var line = await _process.StandardError.ReadLineAsync().WaitAsync(Timeout);
            if (line is null) break;
            seen.AppendLine(line);
            const string marker = "DevTools listening on ";
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                // Keep draining stderr so the browser never blocks on a full pipe.
                _ = Task.Run(async () => { while (await _process.StandardError.ReadLineAsync() is not null) { } });
                _ = Task.Run(async () => { while (await _process.StandardOutput.ReadLineAsync() is not null) { } });
                return line[(at + marker.Length)..].Trim();
            }
        }
        throw new InvalidOperationException("chromium did not report its DevTools endpoint:\n" + seen);
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 20];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var part = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (part.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                using var doc = JsonDocument.Parse(message.ToArray());
                message.SetLength(0);
                var root = doc.RootElement;
                if (root.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
                {
                    if (root.TryGetProperty("error", out var error)) reply.SetException(new InvalidOperationException("chromium: " + error));
                    else reply.SetResult(root.GetProperty("result").Clone());
                }
                else if (root.TryGetProperty("method", out var method))
                    _events.Enqueue((method.GetString()!, root.TryGetProperty("params", out var p) ? p.Clone() : default));
            }
        }
        catch (OperationCanceledException) { }
        catch (WebSocketException) { }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException or OperationCanceledException) { }
        _socket.Dispose();
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException) { }
        _process.Dispose();
        if (_receiver is not null) await Task.WhenAny(_receiver, Task.Delay(1000));
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A fact that needs headless Chromium; skipped with the reason where it is absent.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null) Skip = Chromium.MissingReason;
    }
}
