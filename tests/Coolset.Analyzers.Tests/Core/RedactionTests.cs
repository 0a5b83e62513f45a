using System.Collections.Generic;
using Coolset.Analyzers.Core;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    public class RedactionTests
    {
        private static string RedactSingle(string text)
        {
            var matches = new List<SecretMatch>();
            TokenShapes.FindSecrets(text, matches);
            return Redaction.Redact(text, Assert.Single(matches));
        }

        // Secrets are split into a prefix and a rest so that test names never show a whole secret.
        [Theory]
        [InlineData("sk_live_", "abcdefgh1234", "sk_live_\u20261234")]
        [InlineData("sk_live_", "abcdefg1234", "sk_live_\u2026")]
        [InlineData("sk_test_", "abcdefgh1234", "sk_test_\u20261234")]
        [InlineData("Bearer ", "abcdef123456", "Bearer \u20263456")]
        [InlineData("Bearer ", "abcdef12345", "Bearer \u2026")]
        [InlineData("bearer ", "abcdef123456==", "Bearer \u202656==")]
        public void The_last_four_characters_show_from_a_secret_of_exactly_twelve_characters(string prefix, string secret, string expected)
        {
            Assert.Equal(expected, RedactSingle(prefix + secret));
        }

        [Fact]
        public void A_token_in_the_middle_of_a_text_is_redacted_from_its_own_start()
        {
            var text = "key: sk_test_" + "abcdefgh1234 (test)";
            var matches = new List<SecretMatch>();
            TokenShapes.FindSecrets(text, matches);
            Assert.Equal("sk_test_\u20261234", Redaction.Redact(text, Assert.Single(matches)));
        }

        [Theory]
        [InlineData("no secret here")]
        [InlineData("sk_ but Bearer none")]
        [InlineData("")]
        [InlineData("Authorization: Bearer ")]
        public void RedactAll_returns_a_text_without_secrets_itself(string text)
        {
            Assert.Same(text, Redaction.RedactAll(text)); // not a copy: most logged texts hold no secret
        }

        [Fact]
        public void RedactAll_redacts_a_lone_token_without_a_Bearer_scheme_in_the_text()
        {
            Assert.Equal("sk_live_\u2026cdef", Redaction.RedactAll("sk_live_" + "1234567890abcdef"));
        }

        [Fact]
        public void RedactAll_replaces_a_Bearer_credential_from_its_scheme_and_keeps_the_text_around()
        {
            Assert.Equal(
                "Authorization: Bearer \u20267890 sent; then sk_test_\u2026cdef and sk_live_\u2026 done.",
                Redaction.RedactAll("Authorization: bearer abcdef1234567890 sent; then sk_test_" + "1234567890abcdef and sk_live_" + "abcd1234 done."));
        }
    }
}
