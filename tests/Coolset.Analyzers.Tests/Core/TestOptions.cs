using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Tests.Core
{
    internal sealed class TestOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public TestOptions(params (string Key, string Value)[] values)
        {
            foreach (var (key, value) in values)
            {
                _values[key] = value;
            }
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
