using System.Collections.Generic;
using System.Linq;
using Coolset.Analyzers.Core;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    public class TokenShapesTests
    {
        private static List<(SecretKind Kind, string Text)> Find(string text)
        {
            var matches = new List<SecretMatch>();
            TokenShapes.FindSecrets(text, matches);
            return matches.Select(m => (m.Kind, text.Substring(m.Start, m.Length))).ToList();
        }

        [Fact]
        public void Secrets_are_found_in_order_with_their_exact_extent()
        {
            var found = Find("Bearer abcdef1234567890 then sk_test_ABCdef123456, sk_live_1234567890abcdef!");
            Assert.Equal(
                new[]
                {
                    (SecretKind.BearerCredential, "abcdef1234567890"),
                    (SecretKind.TestToken, "sk_test_ABCdef123456"),
                    (SecretKind.LiveToken, "sk_live_1234567890abcdef"),
                },
                found);
        }

        [Fact]
        public void A_Bearer_token_is_only_the_token()
        {
            Assert.Equal(new[] { (SecretKind.LiveToken, "sk_live_1234567890abcdef") }, Find("Bearer sk_live_1234567890abcdef"));
        }

        [Fact]
        public void Base64_padding_belongs_to_the_credential()
        {
            Assert.Equal(new[] { (SecretKind.BearerCredential, "YWJjZGVmZ2hpamtsbW5vcA==") }, Find("Bearer YWJjZGVmZ2hpamtsbW5vcA=="));
        }

        [Theory]
        [InlineData("sk_live_", "1234567890abcdef", "sk_live_\u2026cdef")]
        [InlineData("sk_test_", "12345678", "sk_test_\u2026")]
        [InlineData("Bearer ", "abcdef1234567890", "Bearer \u20267890")]
        [InlineData("Bearer ", "abc12345", "Bearer \u2026")]
        public void Redaction_shows_the_prefix_and_at_most_four_last_characters(string prefix, string secret, string expected)
        {
            var text = prefix + secret; // split so that test names never show a whole secret
            var matches = new List<SecretMatch>();
            TokenShapes.FindSecrets(text, matches);
            Assert.Equal(expected, Redaction.Redact(text, Assert.Single(matches)));
        }

        [Fact]
        public void RedactAll_leaves_no_secret_in_a_text()
        {
            Assert.Equal(
                "key=sk_live_\u2026cdef; header=Bearer \u20267890.",
                Redaction.RedactAll("key=sk_live_1234567890abcdef; header=Bearer abcdef1234567890."));
        }
    }
}
