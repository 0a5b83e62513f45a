using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Core
{
    /// <summary>Every option key of the package, with its default and its parser.</summary>
    internal static class CoolsetOptions
    {
        public static readonly OptionDefinition<CoolsetHosts> ApiHosts = new OptionDefinition<CoolsetHosts>(
            "coolset.api_hosts", CoolsetHosts.Default, TryParseHosts);

        public static readonly OptionDefinition<string> TokenEnvironmentVariable = new OptionDefinition<string>(
            "coolset.token_environment_variable", "COOLSET_API_TOKEN", TryParseEnvironmentVariableName);

        public static readonly OptionDefinition<string> TokenConfigurationKey = new OptionDefinition<string>(
            "coolset.token_configuration_key", "Coolset:ApiToken", TryParseConfigurationKey);

        public static readonly OptionDefinition<ImmutableArray<string>> LoggingMethods = new OptionDefinition<ImmutableArray<string>>(
            "coolset.logging_methods", ImmutableArray<string>.Empty, TryParseDocumentationIds);

        /// <summary>All keys, for validation (COOL000) and for the documentation tests.</summary>
        public static readonly ImmutableArray<string> AllKeys = ImmutableArray.Create(
            ApiHosts.Key, TokenEnvironmentVariable.Key, TokenConfigurationKey.Key, LoggingMethods.Key);

        public static AnalyzerConfigOptions For(AnalyzerOptions options, SyntaxTree tree) =>
            options.AnalyzerConfigOptionsProvider.GetOptions(tree);

        /// <summary>The options of a configuration file the analyzers read (an <c>AdditionalFiles</c> entry).</summary>
        public static AnalyzerConfigOptions For(AnalyzerOptions options, AdditionalText file) =>
            options.AnalyzerConfigOptionsProvider.GetOptions(file);

        /// <summary>Whether any of the package's keys is set in <paramref name="options"/>.</summary>
        public static bool SetsAny(AnalyzerConfigOptions options)
        {
            foreach (var key in AllKeys)
            {
                if (options.TryGetValue(key, out _))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Adds a problem for every present option whose value is invalid.</summary>
        public static void Validate(AnalyzerConfigOptions options, List<OptionProblem> problems)
        {
            Collect(ApiHosts, options, problems);
            Collect(TokenEnvironmentVariable, options, problems);
            Collect(TokenConfigurationKey, options, problems);
            Collect(LoggingMethods, options, problems);
        }

        private static void Collect<T>(OptionDefinition<T> definition, AnalyzerConfigOptions options, List<OptionProblem> problems)
        {
            definition.Read(options, out var problem);
            if (problem != null)
            {
                problems.Add(problem);
            }
        }

        private static bool TryParseHosts(string raw, out CoolsetHosts value, out string problem)
        {
            value = CoolsetHosts.Default;
            var patterns = ImmutableArray.CreateBuilder<HostPattern>();
            foreach (var entry in OptionList.Split(raw))
            {
                if (!HostPattern.TryParse(entry, out var pattern))
                {
                    problem = $"'{entry}' is not a host name or '*.domain' pattern";
                    return false;
                }

                patterns.Add(pattern);
            }

            value = new CoolsetHosts(patterns.ToImmutable());
            problem = string.Empty;
            return true;
        }

        private static bool TryParseEnvironmentVariableName(string raw, out string value, out string problem)
        {
            value = raw.Trim();
            problem = "expected a variable name of letters, digits and underscores that does not start with a digit";
            if (value.Length == 0 || char.IsDigit(value[0]))
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool TryParseConfigurationKey(string raw, out string value, out string problem)
        {
            value = raw.Trim();
            problem = "expected a configuration key such as 'Coolset:ApiToken'";
            if (value.Length == 0 || value[0] == ':' || value[value.Length - 1] == ':' || value.IndexOf("::", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            foreach (var c in value)
            {
                if (char.IsControl(c) || c == '"' || c == '\\' || c == '{' || c == '}')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool TryParseDocumentationIds(string raw, out ImmutableArray<string> value, out string problem)
        {
            value = OptionList.Split(raw);
            foreach (var entry in value)
            {
                if (entry.Length < 3 || (entry[0] != 'M' && entry[0] != 'T') || entry[1] != ':' || entry.IndexOf(' ') >= 0)
                {
                    problem = $"'{entry}' is not a documentation comment ID such as 'M:Contoso.Audit.Write(System.String)' or 'T:Contoso.Audit'";
                    value = ImmutableArray<string>.Empty;
                    return false;
                }
            }

            problem = string.Empty;
            return true;
        }
    }
}
