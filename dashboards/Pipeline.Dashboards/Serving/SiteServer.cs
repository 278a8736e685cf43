using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Pipeline.Dashboards.Serving;

/// <summary>
/// Serves the published site with ASP.NET Core's static files: only files under the site (the file
/// provider refuses paths outside it), the right content types (XLSX, DOCX, ZIP included), pages
/// revalidated on each visit so a new publication shows at once, assets cached for an hour. The site path
/// is resolved again on each request, so an atomic republication is picked up without a restart.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SiteServer(WebApplication app) => this.app = app;

    /// <summary>The address it listens on (e.g. http://127.0.0.1:8080).</summary>
    public string Address => app.Urls.First();

    public static async Task<SiteServer> StartAsync(string sitePath, string host, int port, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        types.Mappings[".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        app.Use(async (context, next) =>
        {
            // Resolve the link each time: the site may have been republished since the last request.
            var root = Path.GetFullPath(new DirectoryInfo(sitePath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? sitePath);
            if (!Directory.Exists(root))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("Le site n'est pas encore publié : lancez « pipeline dashboards ».", cancellationToken);
                return;
            }

            using var files = new PhysicalFileProvider(root);
            var path = context.Request.Path.Value is null or "/" ? "/index.html" : context.Request.Path.Value;
            var file = files.GetFileInfo(path);
            if (!file.Exists || file.IsDirectory || !types.TryGetContentType(path, out var type))
            {
                await next(context);
                return;
            }

            context.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
            context.Response.Headers.CacheControl = path.StartsWith("/assets/", StringComparison.Ordinal) ? "public, max-age=3600" : "no-cache";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.ContentLength = file.Length;
            await context.Response.SendFileAsync(file, cancellationToken);
        });
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("Page introuvable.", cancellationToken);
        });
        await app.StartAsync(cancellationToken);
        return new SiteServer(app);
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
