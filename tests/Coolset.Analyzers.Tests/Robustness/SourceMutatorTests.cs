using System;
using System.Collections.Generic;
using Coolset.Analyzers.Workloads;
using Xunit;

namespace Coolset.Analyzers.Tests.Robustness
{
    /// <summary>The mutator must not fail at the edges of a source: a slip there stops a long crash run half-way.</summary>
    public class SourceMutatorTests
    {
        [Theory]
        [InlineData("\nclass C { }\n", 0, "\nclass C { }\n")] // the empty first line: once an ArgumentOutOfRangeException
        [InlineData("class C { }\n", 0, "\n")]
        [InlineData("a\nb\nc", 2, "a\n\nc")]
        [InlineData("a\nb\nc", 1, "\nb\nc")] // on a line break: the line it ends
        [InlineData("a\nb\n", 4, "a\nb\n")] // after the last line break: the empty last line
        [InlineData("", 0, "")]
        public void Delete_line_removes_the_text_of_the_line_at_the_position(string source, int position, string expected)
        {
            Assert.Equal(expected, SourceMutator.DeleteLine(source, position, new List<string>()));
        }

        [Fact]
        public void Every_mutation_works_on_empty_sources_and_sources_that_start_or_end_with_a_line_break()
        {
            var sources = new[] { string.Empty, "\n", "\n\nclass C { }", "class C { }\n", "\r\nclass C { void M() { var s = \"x\"; } }\r\n" };
            foreach (var source in sources)
            {
                for (var seed = 0; seed < 2000; seed++)
                {
                    var applied = new List<string>();
                    var mutated = SourceMutator.Mutate(source, new Random(seed), applied);
                    Assert.NotNull(mutated);
                    Assert.NotEmpty(applied);
                }
            }
        }
    }
}
