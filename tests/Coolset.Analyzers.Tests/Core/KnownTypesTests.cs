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

        [Fact]
        public void The_arity_of_a_generic_name_counts()
        {
            Assert.Null(KnownTypes.For(Compilation).Get("System.Collections.Generic.List`2"));
            Assert.Null(KnownTypes.For(Compilation).Get("System.Collections.Generic.List"));
        }

        [Fact]
        public void A_type_the_compilation_declares_wins_over_a_referenced_one_of_the_same_name()
        {
            var compilation = CSharpCompilation.Create(
                "Own",
                new[] { CSharpSyntaxTree.ParseText("namespace Contoso { public class Client { } }") },
                new[] { RuntimeReferences.CoreLibrary, RuntimeReferences.SystemRuntime, Library("One", "namespace Contoso { public class Client { } }") });

            Assert.Equal(compilation.Assembly, KnownTypes.For(compilation).Get("Contoso.Client")?.ContainingAssembly);
        }

        [Fact]
        public void A_type_that_two_references_declare_is_none_as_for_the_compiler()
        {
            var compilation = CSharpCompilation.Create(
                "Two",
                new[] { CSharpSyntaxTree.ParseText("class C { }") },
                new[]
                {
                    RuntimeReferences.CoreLibrary,
                    RuntimeReferences.SystemRuntime,
                    Library("One", "namespace Contoso { public class Client { } }"),
                    Library("Other", "namespace Contoso { public class Client { } }"),
                });

            Assert.Null(KnownTypes.For(compilation).Get("Contoso.Client"));
        }

        private static MetadataReference Library(string name, string source) =>
            CSharpCompilation.Create(
                name,
                new[] { CSharpSyntaxTree.ParseText(source) },
                new[] { RuntimeReferences.CoreLibrary },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();
    }
}
