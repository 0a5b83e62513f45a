using Coolset.Analyzers.Core;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    public class KnownTypesTests
    {
        private static readonly Compilation Compilation = CSharpCompilation.Create(
            "Known",
            new[] { CSharpSyntaxTree.ParseText("namespace Serilog.Sinks { class Own { class Inner { } } }") },
            new[]
            {
                RuntimeReferences.CoreLibrary,
                RuntimeReferences.SystemRuntime,
            });

        [Theory]
        [InlineData("System.Environment", true)]
        [InlineData("System.Environment+SpecialFolder", true)] // a nested type
        [InlineData("System.Collections.Generic.List`1", true)]
        [InlineData("Serilog.Sinks.Own", true)] // declared in source
        [InlineData("Serilog.Sinks.Own+Inner", true)]
        [InlineData("Serilog.ILogger", false)] // the namespace exists, the type does not
        [InlineData("NLog.Logger", false)] // no such namespace
        [InlineData("System.Net.Http.HttpClient", false)] // System exists, System.Net.Http is not referenced
        public void Types_are_found_through_the_namespaces_the_compilation_has(string metadataName, bool found)
        {
            Assert.Equal(found, KnownTypes.For(Compilation).Get(metadataName) != null);
        }
    }
}
