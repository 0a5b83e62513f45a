using System.IO;
using System.Text;
using System.Threading;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    public class FileTextTests
    {
        [Theory]
        [InlineData(1_000)]
        [InlineData(100_000)] // read from a stream, a text this long is chunked, and its ToString() copies it each time
        public void A_file_is_one_string_for_every_rule_that_reads_it(int length)
        {
            var source = "class C { const string S = \"" + new string('x', length) + "\"; }";
            var text = SourceText.From(new MemoryStream(Encoding.UTF8.GetBytes(source)), Encoding.UTF8);
            var tree = CSharpSyntaxTree.ParseText(text);

            var first = FileText.Of(tree, CancellationToken.None);

            Assert.Equal(source, first);
            Assert.Same(first, FileText.Of(tree, CancellationToken.None));
        }
    }
}
