using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Coolset.Analyzers.Core;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    public class InvocationSitesTests
    {
        private static readonly MetadataReference[] References =
        {
            RuntimeReferences.CoreLibrary,
            RuntimeReferences.SystemRuntime,
        };

        /// <summary>The calls of <paramref name="body"/> (inside a method of class C) that <see cref="InvocationSites.Find"/> returns, as source text.</summary>
        private static string[] Find(string body, string anchor, System.Func<string, int, int, bool> isName, int argumentCount = -1)
        {
            var source = $$"""
                class C
                {
                    static string Pick(string a, string b) => a;
                    static void Add(string item) { }
                    static void Add(string name, string value) { }
                    static void Add<T>(T first, T second) { }
                    static bool Parse(string text) => true;
                    void M(string a, string b, string c, string[] items, System.Func<string, string, string> f)
                    {
                        {{body}}
                    }
                }
                """;
            var tree = CSharpSyntaxTree.ParseText(source);
            var compilation = CSharpCompilation.Create("Sites", new[] { tree }, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            List<IInvocationOperation>? found = null;
            InvocationSites.Find(compilation.GetSemanticModel(tree), source, anchor, isName, ref found, CancellationToken.None, argumentCount);
            return found?.Select(call => call.Syntax.ToString()).ToArray() ?? new string[0];
        }

        private static bool IsAdd(string text, int start, int length) => InvocationSites.IsAt(text, start, length, "Add");

        [Fact]
        public void An_argument_count_is_read_from_commas_outside_nested_brackets()
        {
            var found = Find(
                "Add(Pick(a, b)); Add(a, Pick(b, c)); Add(items[0], f(a, b)); Add(a, (b + c)); Add(items[Pick(a, b).Length]); Add(a);",
                "Add",
                IsAdd,
                argumentCount: 2);

            Assert.Equal(new[] { "Add(a, Pick(b, c))", "Add(items[0], f(a, b))", "Add(a, (b + c))" }, found);
        }

        [Theory]
        [InlineData("Add(a, Pick(\")\", b))")] // a parenthesis inside a string
        [InlineData("Add(a /* ) */, b)")] // inside a comment
        [InlineData("Add(a + ')', b)")] // inside a character
        [InlineData("Add<string>(a, b)")] // type arguments before the list
        public void A_call_whose_brackets_the_characters_cannot_settle_is_left_to_the_syntax_tree(string call)
        {
            Assert.Equal(new[] { call }, Find(call + ";", "Add", IsAdd, argumentCount: 2));
        }

        [Fact]
        public void Without_an_argument_count_every_call_of_the_name_is_found()
        {
            Assert.Equal(new[] { "Add(a)", "Add(a, b)" }, Find("Add(a); Add(a, b);", "Add", IsAdd));
        }

        [Theory]
        [InlineData("int.Parse(a)", true)]
        [InlineData("string . Parse(a)", true)]
        [InlineData("decimal.TryParse(a, out _)", true)]
        [InlineData("@int.Parse(a)", false)]
        [InlineData("Integer.Parse(a)", false)]
        [InlineData("Parse(a)", false)]
        [InlineData("point.Parse(a)", false)]
        public void A_call_on_a_built_in_type_keyword_is_recognized(string call, bool expected)
        {
            var nameStart = call.LastIndexOf('.') + 1;
            while (call[nameStart] == ' ')
            {
                nameStart++;
            }

            Assert.Equal(expected, InvocationSites.IsOnBuiltInType(call, nameStart));
        }
    }
}
