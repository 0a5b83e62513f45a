using System;
using System.Linq;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    public class TokenCursorTests
    {
        private const string Source = @"using System;
/// <summary>Calls <see cref=""Send""/> with Bearer sk_live_x.</summary>
class C
{
    // https://developers.coolset.com
    const string Base = ""https://developers.coolset.com/"";
#if NEVER
    string Disabled = ""sk_live_1"";
#endif
    string Url(int id) => $""{Base}api/v1/{id}?token={Base}"" + @""verbatim"" + """"""raw"""""";
    void Send() { Console.WriteLine(Url(1)); }
}";

        [Theory]
        [InlineData(false, false)]
        [InlineData(true, false)]
        [InlineData(false, true)]
        [InlineData(true, true)]
        public void Every_position_finds_the_token_a_search_from_the_root_finds(bool findInsideTrivia, bool shuffled)
        {
            var root = CSharpSyntaxTree.ParseText(Source).GetRoot();
            var positions = Enumerable.Range(0, Source.Length + 1).ToArray(); // the end of the file too
            if (shuffled)
            {
                new Random(7).Shuffle(positions);
            }

            var cursor = new TokenCursor(root);
            foreach (var position in positions)
            {
                Assert.Equal(root.FindToken(position, findInsideTrivia), cursor.FindToken(position, findInsideTrivia));
            }
        }
    }
}
