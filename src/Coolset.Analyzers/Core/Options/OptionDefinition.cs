using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Core
{
    internal delegate bool OptionParser<T>(string raw, out T value, out string problem);

    /// <summary>One <c>.editorconfig</c> key: its name, its default and how a raw value becomes a typed one.</summary>
    internal sealed class OptionDefinition<T>
    {
        public OptionDefinition(string key, T defaultValue, OptionParser<T> parser)
        {
            Key = key;
            DefaultValue = defaultValue;
            Parser = parser;
        }

        public string Key { get; }

        public T DefaultValue { get; }

        private OptionParser<T> Parser { get; }

        /// <summary>The configured value, or the default when the key is absent or its value is invalid.</summary>
        public T Read(AnalyzerConfigOptions options) => Read(options, out _);

        /// <summary>A raw value as <see cref="Read(AnalyzerConfigOptions)"/> takes it: the default when it is invalid.</summary>
        public T Parse(string raw) => Parser(raw, out var value, out _) ? value : DefaultValue;

        /// <summary>As <see cref="Read(AnalyzerConfigOptions)"/>; <paramref name="problem"/> says why a present value was rejected.</summary>
        public T Read(AnalyzerConfigOptions options, out OptionProblem? problem)
        {
            problem = null;
            if (!options.TryGetValue(Key, out var raw))
            {
                return DefaultValue;
            }

            if (Parser(raw, out var value, out var reason))
            {
                return value;
            }

            problem = new OptionProblem(Key, raw, reason);
            return DefaultValue;
        }
    }

    internal sealed class OptionProblem
    {
        public OptionProblem(string key, string value, string reason)
        {
            Key = key;
            Value = value;
            Reason = reason;
        }

        public string Key { get; }

        public string Value { get; }

        public string Reason { get; }
    }
}
