using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using Parallax.Kernel.Protocol;

namespace Parallax.Kernel;

/// <summary>The <c>kernel_info_reply</c> content: protocol version, implementation and the language (C#).</summary>
public static class KernelInfo
{
    public const string Implementation = "parallax";

    public static string Version { get; } =
        typeof(KernelInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    public static JsonObject Reply() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = Implementation,
        ["implementation_version"] = Version,
        ["language_info"] = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString(),
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = $"Parallax C# kernel {Version} (Roslyn scripting, .NET {Environment.Version})",
        ["help_links"] = new JsonArray(),
        ["debugger"] = false,
    };
}
