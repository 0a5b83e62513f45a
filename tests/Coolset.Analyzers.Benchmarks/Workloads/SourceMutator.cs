using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Coolset.Analyzers.Workloads
{
    /// <summary>
    /// Breaks source the way a person half-way through typing leaves it: truncated, tokens deleted or doubled,
    /// braces unbalanced, interpolations left open, semicolons missing, and Coolset-ish snippets pasted in.
    /// </summary>
    public static class SourceMutator
    {
        /// <summary>Pasted at a random place: fragments of secrets, Bearer values and the code around them.</summary>
        public static readonly IReadOnlyList<string> Snippets = new[]
        {
            "sk_live_",
            "\"sk_live_",
            "\"sk_live_1234567890abcdef\"",
            "\"sk_test_abcdef1234567890\"",
            "\"Bearer ",
            "\"Bearer abcdef1234567890XYZ\"",
            "\"Authorization: Bearer abcdef1234567890XYZ\"",
            "$\"Bearer {token}\"",
            "$\"abc {",
            "$\"sk_live_{",
            "$$\"\"\"sk_live_1234567890abcdef {{",
            "\"sk_\" + \"live_1234567890abcdef\"",
            "\"sk_\" + ",
            "(\"sk_\" + (\"live_\" + \"1234567890abcdef\"))",
            "new AuthenticationHeaderValue(\"Bearer\", \"abcdef1234567890xyz\")",
            "new System.Net.Http.Headers.AuthenticationHeaderValue(\"Bearer\", ",
            "new System.Net.Http.Headers.AuthenticationHeaderValue(\"bearer\", \"sk_live_1234567890abcdef\")",
            "// sk_live_1234567890abcdef\n",
            "/* Bearer sk_live_1234567890abcdef",
            "@\"sk_live_1234567890abcdef\"",
            "\"\"\"sk_live_1234567890abcdef\"\"\"",
            "\"\"\"\n    sk_live_1234567890abcdef\n    \"\"\"",
            "\"sk_live_1234567890abcdef\"u8",
            "const string T = \"sk_live_1234567890abcdef\";",
            "private const string Key = \"sk_\" + \"test_abcdef1234567890\";",
            "[System.Obsolete(\"sk_live_1234567890abcdef\")]",
            "void M(string s = \"sk_live_1234567890abcdef\") { }",
            "case \"sk_live_1234567890abcdef\":",
            "#if NEVER\nsk_live_1234567890abcdef\n#endif\n",
            "/// <summary>sk_live_1234567890abcdef</summary>\n",
            "request.Headers.Add(\"Authorization\", \"Bearer abcdef1234567890xyz\");",
            "request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);",
            "logger.LogInformation(\"{Token}\", token);",
            "_logger.LogInformation($\"token {Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\")}\");",
            "Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\")",
            "configuration[\"Coolset:ApiToken\"]",
            "\"https://developers.coolset.com/api?token=sk_live_1234567890abcdef\"",
            "\"http://developers.coolset.com:80/api\"",
            "new HttpRequestMessage(HttpMethod.Get, \"https://developers.coolset.com/x\")",
            "string token = ",
            "?? throw new InvalidOperationException(",
            "\"\\u0073k_live_1234567890abcdef\"",
            "\"sk_live_1234567890abcdef sk_test_abcdef1234567890 Bearer zyxwvu9876543210\"",
            "'\"'",
            "{ get; set; } = \"sk_live_1234567890abcdef\";",
        };

        private static readonly string[] Brackets = { "{", "}", "(", ")", "[", "]", "\"", "\"\"\"", "'", "<", ">", "/*", "@\"", "$\"", "#region", "#endif", "#if X" };

        /// <summary>One to three mutations of <paramref name="source"/>, chosen by <paramref name="random"/>.</summary>
        public static string Mutate(string source, Random random, List<string> applied)
        {
            var count = 1 + random.Next(3);
            for (var i = 0; i < count; i++)
            {
                source = MutateOnce(source, random, applied);
            }

            return source;
        }

        private static string MutateOnce(string source, Random random, List<string> applied)
        {
            var tokens = SyntaxFactory.ParseTokens(source).Where(t => t.Span.Length > 0).Select(t => t.Span).ToList();
            var position = random.Next(source.Length + 1);
            var tokenSpan = tokens.Count > 0 ? tokens[random.Next(tokens.Count)] : new TextSpan(position, 0);
            switch (random.Next(10))
            {
                case 0:
                    applied.Add($"truncate at {position}");
                    return source.Substring(0, position);
                case 1:
                    applied.Add($"delete token at {tokenSpan}");
                    return source.Remove(tokenSpan.Start, tokenSpan.Length);
                case 2:
                    applied.Add($"duplicate token at {tokenSpan}");
                    return source.Insert(tokenSpan.End, " " + source.Substring(tokenSpan.Start, tokenSpan.Length));
                case 3:
                    var bracket = Brackets[random.Next(Brackets.Length)];
                    applied.Add($"insert '{bracket}' at {position}");
                    return source.Insert(position, bracket);
                case 4:
                    return RemoveSemicolon(source, random, applied);
                case 5:
                    return ReplaceStringLiteral(source, random, applied);
                case 6:
                    return DeleteLine(source, position, applied);
                default:
                    var snippet = Snippets[random.Next(Snippets.Count)];
                    var at = random.Next(2) == 0 ? position : tokenSpan.End;
                    applied.Add($"insert snippet #{IndexOf(snippet)} at {at}");
                    return source.Insert(at, snippet);
            }
        }

        /// <summary>Deletes the text of the line <paramref name="position"/> (0 to the length) is on, and keeps its line break.</summary>
        internal static string DeleteLine(string source, int position, List<string> applied)
        {
            // Searching back from the position itself would find a line break at it, past the line's end.
            var lineStart = position == 0 ? 0 : source.LastIndexOf('\n', position - 1) + 1;
            var lineEnd = source.IndexOf('\n', position);
            lineEnd = lineEnd < 0 ? source.Length : lineEnd;
            applied.Add($"delete line at {lineStart}");
            return source.Remove(lineStart, lineEnd - lineStart);
        }

        private static string RemoveSemicolon(string source, Random random, List<string> applied)
        {
            var semicolons = new List<int>();
            for (var i = source.IndexOf(';'); i >= 0; i = source.IndexOf(';', i + 1))
            {
                semicolons.Add(i);
            }

            if (semicolons.Count == 0)
            {
                applied.Add("no semicolon to remove");
                return source;
            }

            var index = semicolons[random.Next(semicolons.Count)];
            applied.Add($"remove ';' at {index}");
            return source.Remove(index, 1);
        }

        /// <summary>Puts a secret where a string already stands, so the rules (and their fixes) fire inside broken code.</summary>
        private static string ReplaceStringLiteral(string source, Random random, List<string> applied)
        {
            var literals = SyntaxFactory.ParseTokens(source)
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken))
                .Select(t => t.Span)
                .ToList();
            var replacement = Snippets[random.Next(Snippets.Count)];
            if (literals.Count == 0)
            {
                applied.Add($"no literal; insert snippet #{IndexOf(replacement)} at 0");
                return replacement + source;
            }

            var span = literals[random.Next(literals.Count)];
            applied.Add($"replace literal at {span} with snippet #{IndexOf(replacement)}");
            return source.Remove(span.Start, span.Length).Insert(span.Start, replacement);
        }

        private static int IndexOf(string snippet)
        {
            for (var i = 0; i < Snippets.Count; i++)
            {
                if (ReferenceEquals(Snippets[i], snippet))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
