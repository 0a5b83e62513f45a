using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Coolset.Analyzers.Workloads
{
    /// <summary>
    /// The C# sources of the test suite: the contents of every raw string literal in the test project's <c>*.cs</c>
    /// files, with diagnostic markup (<c>{|ID:</c>…<c>|}</c>, <c>[|</c>…<c>|]</c>) removed.
    /// </summary>
    public static class TestSourceCorpus
    {
        private static readonly Regex RawStringLiteral = new Regex(
            "(?<quotes>\"{3,})[ \\t]*\\r?\\n(?<body>.*?)\\r?\\n[ \\t]*\\k<quotes>(?!\")",
            RegexOptions.Singleline | RegexOptions.CultureInvariant);

        private static readonly Regex Markup = new Regex(
            @"\{\|[A-Za-z0-9#_]+:|\|\}|\[\||\|\]",
            RegexOptions.CultureInvariant);

        /// <summary>The test project's folder, found from this file's own place in the source tree.</summary>
        public static string TestProjectDirectory([CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "Coolset.Analyzers.Tests"));

        public static IReadOnlyList<string> Load() => Load(TestProjectDirectory());

        public static IReadOnlyList<string> Load(string testProjectDirectory)
        {
            var sources = new List<string>();
            var files = Directory.EnumerateFiles(testProjectDirectory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(testProjectDirectory, f))
                .OrderBy(f => f, System.StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (Match match in RawStringLiteral.Matches(File.ReadAllText(file)))
                {
                    sources.Add(StripMarkup(Dedent(match.Groups["body"].Value)));
                }
            }

            return sources;
        }

        public static string StripMarkup(string source) => Markup.Replace(source, string.Empty);

        /// <summary>Removes the indentation the raw literal's closing quotes would remove (the smallest one, close enough).</summary>
        private static string Dedent(string body)
        {
            var lines = body.Replace("\r\n", "\n").Split('\n');
            var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
            return string.Join("\n", lines.Select(l => l.Length >= indent ? l.Substring(indent) : l.TrimStart()));
        }

        private static bool IsBuildOutput(string root, string file)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            return relative.StartsWith("bin/", System.StringComparison.Ordinal) || relative.StartsWith("obj/", System.StringComparison.Ordinal);
        }
    }
}
