using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Coolset.Analyzers.Rules;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.HardcodedTokenAnalyzer,
    Coolset.Analyzers.CodeFixes.HardcodedTokenCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    public class HardcodedTokenTests
    {
        [Fact]
        public async Task Live_token_in_a_local_is_read_from_the_environment()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    void M()
                    {
                        string token = {|COOL001:"sk_live_1234567890abcdef"|};
                    }
                }
                """,
                """
                using System;

                class C
                {
                    void M()
                    {
                        string token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set.");
                    }
                }
                """);
        }
    }
}
