using System.Security.Cryptography;

namespace Pipeline.Ingestion.Receiving;

/// <summary>
/// Keeps every received file forever, byte for byte, as lake/landing/&lt;sha256&gt;.&lt;ext&gt;: hashed while
/// copied, written under a temporary name and renamed, so a crash never leaves a partial copy.
/// </summary>
public static class Landing
{
    public static async Task<(string Sha256, string LandingPath)> KeepAsync(ReceivedFile file, string landingFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(landingFolder);
        var temporary = Path.Combine(landingFolder, $".{Guid.NewGuid():N}.partial");
        string sha;
        await using (var source = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
        await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        var landingPath = Path.Combine(landingFolder, sha + file.Extension);
        if (File.Exists(landingPath))
        {
            File.Delete(temporary);
        }
        else
        {
            File.Move(temporary, landingPath);
        }

        return (sha, landingPath);
    }
}
