using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Coolset.Analyzers.Tests
{
    /// <summary>
    /// The documentation is part of the product: every rule an analyzer reports has a page that matches its descriptor,
    /// a row in the README's rule table and a line in release tracking; every option key is documented.
    /// </summary>
    /// <remarks>
    /// Rules are discovered from the analyzers that exist: a descriptor that no analyzer reports yet needs no page yet.
    /// </remarks>
    public class DocumentationTests
    {
        private static readonly Assembly AnalyzerAssembly = typeof(Descriptors).Assembly;

        private static readonly string RepositoryRoot = FindRepositoryRoot();

        private static readonly ImmutableArray<DiagnosticDescriptor> ReportedDescriptors = FindReportedDescriptors();

        private static readonly string[] RulePageSections =
        {
            "## Cause", "## Rule description", "## How to fix", "## Examples", "## Configuration", "## When to suppress",
            "## Suppress a warning",
        };

        public static TheoryData<string> ReportedIds => new(ReportedDescriptors.Select(d => d.Id));

        public static TheoryData<string> OptionKeys => new(CoolsetOptions.AllKeys);

        [Fact]
        public void Analyzers_are_discovered()
        {
            // Guards the theories below against passing on an empty list.
            var ids = ReportedDescriptors.Select(d => d.Id).ToList();
            Assert.Contains(RuleIds.InvalidConfiguration, ids);
            Assert.Contains(RuleIds.HardcodedLiveToken, ids);
            Assert.Contains(RuleIds.HardcodedBearerCredential, ids);
            Assert.Contains(RuleIds.HardcodedTestToken, ids);
        }

        [Fact]
        public void A_rule_id_has_one_descriptor()
        {
            foreach (var group in AllDescriptors().GroupBy(d => d.Id))
            {
                var first = group.First();
                Assert.All(group, d =>
                {
                    Assert.Equal(first.Title.ToString(), d.Title.ToString());
                    Assert.Equal(first.Category, d.Category);
                    Assert.Equal(first.DefaultSeverity, d.DefaultSeverity);
                });
            }
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Rule_page_heading_names_the_id_and_the_title(string id)
        {
            var descriptor = Descriptor(id);
            var page = ReadRulePage(id);

            var heading = page.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith("#", StringComparison.Ordinal));
            Assert.NotNull(heading);
            Assert.StartsWith("# ", heading);
            Assert.Contains(id, heading, StringComparison.Ordinal);
            Assert.Contains(descriptor.Title.ToString(), heading, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Rule_page_property_table_matches_the_descriptor(string id)
        {
            var descriptor = Descriptor(id);
            var properties = PropertyTable(ReadRulePage(id));

            Assert.Equal(id, Property(properties, "Rule ID"));
            Assert.Equal(descriptor.Title.ToString(), Property(properties, "Title"));
            Assert.Equal(descriptor.Category, Property(properties, "Category"));
            Assert.Equal(descriptor.DefaultSeverity.ToString(), Property(properties, "Default severity"));
            Assert.NotEmpty(Property(properties, "Code fix"));
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Rule_page_follows_the_template(string id)
        {
            var page = ReadRulePage(id);
            var lines = page.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

            var positions = RulePageSections.Select(section => lines.IndexOf(section)).ToList();
            for (var i = 0; i < RulePageSections.Length; i++)
            {
                Assert.True(positions[i] >= 0, $"docs/rules/{id}.md has no '{RulePageSections[i]}' section.");
                Assert.True(i == 0 || positions[i] > positions[i - 1], $"docs/rules/{id}.md: '{RulePageSections[i]}' is out of order.");
            }

            var suppress = Section(lines, "## Suppress a warning");
            Assert.Contains("#pragma warning disable", suppress, StringComparison.Ordinal);
            Assert.Contains($"dotnet_diagnostic.{id}.severity", suppress, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Help_link_points_to_the_rule_page(string id)
        {
            var descriptor = Descriptor(id);

            Assert.StartsWith("https://", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, "docs", "rules", id + ".md")));
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Descriptor_texts_follow_the_style(string id)
        {
            var descriptor = Descriptor(id);
            var title = descriptor.Title.ToString();
            var message = descriptor.MessageFormat.ToString();
            var description = descriptor.Description.ToString();

            Assert.False(string.IsNullOrWhiteSpace(title));
            Assert.False(title.EndsWith(".", StringComparison.Ordinal), $"{id}: the title ends with a period.");
            Assert.False(string.IsNullOrWhiteSpace(message));
            Assert.False(message.EndsWith(".", StringComparison.Ordinal), $"{id}: the message ends with a period.");
            Assert.True(description.EndsWith(".", StringComparison.Ordinal), $"{id}: the description does not end with a period.");
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Message_examples_on_the_rule_page_match_the_descriptor(string id)
        {
            var descriptor = Descriptor(id);
            var pattern = "^" + Regex.Replace(Regex.Escape(descriptor.MessageFormat.ToString()), @"\\\{\d+}", ".+") + "$";
            var examples = ReadRulePage(id).Split('\n')
                .Select(l => Regex.Match(l.Trim(), "^(?:warning|info|error) " + id + ": (.*)$"))
                .Where(m => m.Success)
                .Select(m => m.Groups[1].Value)
                .ToList();

            foreach (var example in examples)
            {
                Assert.Matches(pattern, example);
            }
        }

        [Fact]
        public void Message_examples_are_found()
        {
            // Guards the theory above against passing because it found nothing to check.
            Assert.Contains("warning COOL003: ", ReadRulePage(RuleIds.TokenWrittenToLog), StringComparison.Ordinal);
            Assert.Contains("warning COOL002: ", ReadRulePage(RuleIds.HardcodedBearerCredential), StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(ReportedIds))]
        public void Readme_rule_table_links_the_rule_page(string id)
        {
            var descriptor = Descriptor(id);
            var row = ReadmeRuleTableRow(id);

            Assert.True(row != null, $"README.md's rule table has no row '| [{id}](docs/rules/{id}.md) | …'.");
            Assert.Equal(descriptor.Title.ToString(), row![1]);
            Assert.Equal(descriptor.Category, row[2]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row[3]);
        }

        [Theory]
        [MemberData(nameof(OptionKeys))]
        public void Option_key_is_documented_in_the_readme_and_a_rule_page(string key)
        {
            var quoted = "`" + key + "`";
            Assert.Contains(quoted, ReadRepositoryFile("README.md"), StringComparison.Ordinal);

            var pages = Directory.GetFiles(Path.Combine(RepositoryRoot, "docs", "rules"), "COOL*.md");
            Assert.Contains(pages, page => File.ReadAllText(page).Contains(quoted, StringComparison.Ordinal));
        }

        [Fact]
        public void Release_tracking_lists_exactly_the_declared_rules()
        {
            var tracked = ReleaseTrackingEntries();
            var declared = AllDescriptors().GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First());

            Assert.NotEmpty(tracked);
            Assert.Equal(declared.Keys.OrderBy(id => id, StringComparer.Ordinal), tracked.Keys.OrderBy(id => id, StringComparer.Ordinal));
            foreach (var (id, entry) in tracked)
            {
                Assert.Equal(declared[id].Category, entry.Category);
                Assert.Equal(declared[id].DefaultSeverity.ToString(), entry.Severity);
            }
        }

        [Fact]
        public void Readme_test_command_is_the_one_ci_runs()
        {
            var commands = ReadmeCommands().Where(c => c.StartsWith("dotnet test", StringComparison.Ordinal)).Distinct().ToList();

            var command = Assert.Single(commands);
            Assert.Equal("dotnet test Coolset.Analyzers.sln", command);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, "Coolset.Analyzers.sln")));

            // CI runs .ci/run on a clean checkout; it must run the command the README promises.
            var ciRun = Path.Combine(RepositoryRoot, ".ci", "run");
            if (File.Exists(ciRun))
            {
                Assert.Contains(command, File.ReadAllText(ciRun), StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Readme_build_commands_name_existing_projects()
        {
            var builds = ReadmeCommands().Where(c => c.StartsWith("dotnet build ", StringComparison.Ordinal)).ToList();

            Assert.Contains("dotnet build samples/Coolset.Samples", builds);
            foreach (var build in builds)
            {
                var target = build.Substring("dotnet build ".Length).Split(' ')[0];
                var path = Path.Combine(RepositoryRoot, target.Replace('/', Path.DirectorySeparatorChar));
                Assert.True(Directory.Exists(path) || File.Exists(path), $"README.md builds '{target}', which does not exist.");
            }
        }

        private static DiagnosticDescriptor Descriptor(string id) => ReportedDescriptors.First(d => d.Id == id);

        /// <summary>Descriptors reported by the analyzers of the assembly, one per ID.</summary>
        private static ImmutableArray<DiagnosticDescriptor> FindReportedDescriptors() =>
            Analyzers()
                .SelectMany(a => a.SupportedDiagnostics)
                .GroupBy(d => d.Id)
                .Select(g => g.First())
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();

        private static IEnumerable<DiagnosticAnalyzer> Analyzers() =>
            AnalyzerAssembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

        /// <summary>Every descriptor the assembly declares in a static field, or that an analyzer reports.</summary>
        private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
            AnalyzerAssembly.GetTypes()
                .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor) && !f.DeclaringType!.ContainsGenericParameters)
                .Select(f => (DiagnosticDescriptor?)f.GetValue(null))
                .OfType<DiagnosticDescriptor>()
                .Concat(ReportedDescriptors);

        /// <summary>Rule ID → category and severity, from the New/Changed Rules tables of Shipped and Unshipped.</summary>
        private static Dictionary<string, (string Category, string Severity)> ReleaseTrackingEntries()
        {
            var entries = new Dictionary<string, (string, string)>();
            foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
            {
                var removed = false;
                foreach (var raw in ReadRepositoryFile(Path.Combine("src", "Coolset.Analyzers", file)).Split('\n'))
                {
                    var line = raw.Trim();
                    if (line.StartsWith("###", StringComparison.Ordinal))
                    {
                        removed = line.Contains("Removed", StringComparison.OrdinalIgnoreCase);
                        continue;
                    }

                    var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                    if (cells.Length >= 3 && Regex.IsMatch(cells[0], @"^COOL\d{3}$"))
                    {
                        if (removed)
                        {
                            entries.Remove(cells[0]);
                        }
                        else
                        {
                            entries[cells[0]] = (cells[1], cells[2]);
                        }
                    }
                }
            }

            return entries;
        }

        /// <summary>The cells of the README rule-table row whose first cell links the rule's page, or null.</summary>
        private static string[]? ReadmeRuleTableRow(string id)
        {
            var link = new Regex(@"^\[" + id + @"\]\((?:[^)]*/)?docs/rules/" + id + @"\.md\)$");
            foreach (var raw in ReadRepositoryFile("README.md").Split('\n'))
            {
                var line = raw.Trim();
                if (!line.StartsWith("|", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = Cells(line);
                if (cells.Length >= 5 && link.IsMatch(cells[0]))
                {
                    return cells;
                }
            }

            return null;
        }

        /// <summary>The lines of the README's fenced shell code blocks.</summary>
        private static IEnumerable<string> ReadmeCommands()
        {
            var inShellBlock = false;
            foreach (var raw in ReadRepositoryFile("README.md").Split('\n'))
            {
                var line = raw.Trim();
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inShellBlock = !inShellBlock && (line == "```shell" || line == "```sh" || line == "```bash" || line == "```console");
                    continue;
                }

                if (inShellBlock && line.Length > 0)
                {
                    yield return line;
                }
            }
        }

        /// <summary>Name → value of the first table of a page (the property table), formatting removed.</summary>
        private static Dictionary<string, string> PropertyTable(string page)
        {
            var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var started = false;
            foreach (var raw in page.Split('\n'))
            {
                var line = raw.Trim();
                if (!line.StartsWith("|", StringComparison.Ordinal))
                {
                    if (started)
                    {
                        break;
                    }

                    continue;
                }

                started = true;
                var cells = Cells(line);
                if (cells.Length >= 2 && !cells[0].StartsWith("---", StringComparison.Ordinal))
                {
                    table[cells[0]] = cells[1];
                }
            }

            return table;
        }

        private static string Property(Dictionary<string, string> table, string name)
        {
            Assert.True(table.TryGetValue(name, out var value), $"The property table has no '{name}' row.");
            return value!;
        }

        private static string[] Cells(string row) =>
            row.Trim().Trim('|').Split('|').Select(c => c.Trim().Replace("**", string.Empty).Trim('`').Trim()).ToArray();

        private static string Section(List<string> lines, string heading)
        {
            var start = lines.IndexOf(heading);
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            return string.Join("\n", lines.Skip(start).Take((end < 0 ? lines.Count : end) - start));
        }

        private static string ReadRulePage(string id)
        {
            var path = Path.Combine(RepositoryRoot, "docs", "rules", id + ".md");
            Assert.True(File.Exists(path), $"docs/rules/{id}.md does not exist.");
            return File.ReadAllText(path);
        }

        private static string ReadRepositoryFile(string relativePath) =>
            File.ReadAllText(Path.Combine(RepositoryRoot, relativePath));

        private static string FindRepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Coolset.Analyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Coolset.Analyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
