using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Which <c>AdditionalFiles</c> entries are configuration files (docs/rules/COOL006.md): <c>appsettings*.json</c>,
    /// <c>.env</c>, <c>.env.*</c>, <c>*.env</c>, <c>launchSettings.json</c>, <c>*.config</c>, <c>*.yml</c>, <c>*.yaml</c>.
    /// File names compare case-insensitively.
    /// </summary>
    internal static class ConfigurationFileKinds
    {
        private const string DotEnv = ".env";

        public static bool IsConfigurationFile(string path)
        {
            var name = FileName(path);
            return (StartsWith(name, "appsettings") && EndsWith(name, ".json")) ||
                   string.Equals(name, "launchSettings.json", StringComparison.OrdinalIgnoreCase) ||
                   string.Equals(name, DotEnv, StringComparison.OrdinalIgnoreCase) ||
                   StartsWith(name, DotEnv + ".") ||
                   EndsWith(name, DotEnv) ||
                   EndsWith(name, ".config") ||
                   EndsWith(name, ".yml") ||
                   EndsWith(name, ".yaml");
        }

        /// <summary>
        /// Whether <paramref name="file"/> is the one entry read for its path: a file the project lists itself and the
        /// package's build props add again is read once. Among spellings of one path, the shortest (then the ordinally
        /// first, then the first listed) is read, so the choice does not depend on the order the files arrive in.
        /// </summary>
        public static bool IsFirstWithItsPath(AdditionalText file, ImmutableArray<AdditionalText> files)
        {
            var path = Normalize(file.Path);
            var seenSelf = false;
            foreach (var other in files)
            {
                if (ReferenceEquals(other, file))
                {
                    seenSelf = true;
                    continue;
                }

                if (!string.Equals(Normalize(other.Path), path, StringComparison.Ordinal))
                {
                    continue;
                }

                var order = other.Path.Length != file.Path.Length
                    ? other.Path.Length - file.Path.Length
                    : string.CompareOrdinal(other.Path, file.Path);
                if (order < 0 || (order == 0 && !seenSelf))
                {
                    return false;
                }
            }

            return true;
        }

        public static string FileName(string path)
        {
            var separator = path.LastIndexOfAny(Separators);
            return separator < 0 ? path : path.Substring(separator + 1);
        }

        private static readonly char[] Separators = { '/', '\\' };

        /// <summary>One spelling per path: '\' as '/', no "./" segments, no doubled separators.</summary>
        private static string Normalize(string path)
        {
            var normalized = path.Replace('\\', '/');
            if (normalized.IndexOf("/./", StringComparison.Ordinal) < 0 && normalized.IndexOf("//", 1, StringComparison.Ordinal) < 0)
            {
                return normalized;
            }

            while (normalized.IndexOf("/./", StringComparison.Ordinal) >= 0)
            {
                normalized = normalized.Replace("/./", "/");
            }

            while (normalized.Length > 1 && normalized.IndexOf("//", 1, StringComparison.Ordinal) >= 0)
            {
                normalized = normalized.Substring(0, 1) + normalized.Substring(1).Replace("//", "/");
            }

            return normalized;
        }

        private static bool StartsWith(string name, string prefix) => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

        private static bool EndsWith(string name, string suffix) =>
            name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }
}
