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
    
        // The boundaries below were found by a mutation run (docs/testing.md, "Mutation testing"):
        // each case fails if one comparison, bound or character in TokenShapes is changed.

        [Theory]
        [InlineData("sk_", true)]
        [InlineData("Bearer", true)]
        [InlineData("x bearer", true)]
        [InlineData("sk-live bear", false)]
        public void MayContainSecret_looks_for_the_token_prefix_or_the_Bearer_scheme_anywhere(string text, bool expected)
        {
            Assert.Equal(expected, TokenShapes.MayContainSecret(text));
        }

        [Fact]
        public void CandidatePositions_are_every_token_prefix_and_every_Bearer_that_may_introduce_a_credential_in_ascending_order()
        {
            // BEARER + 8 credential characters, and Bearer + an escape, may; "bearer x" and a Bearer at the very end may not.
            var positions = new List<int> { -1 };
            TokenShapes.AddCandidatePositions("sk_ BEARER abcdefgh sk_ bearer x Bearer\\u0020y bearer", positions);
            Assert.Equal(new[] { -1, 0, 4, 20, 33 }, positions); // added after what the list held
        }

        [Theory]
        [InlineData("Bearer abcdefgh", 0)] // at the very start of the text
        [InlineData("x Bearer abcdefgh", 2)] // the shortest credential, ending the text
        [InlineData("x Bearer abcdefgh;", 2)]
        public void A_Bearer_followed_by_the_shortest_credential_is_a_candidate_wherever_it_stands(string text, int expected)
        {
            var positions = new List<int>();
            TokenShapes.AddCandidatePositions(text, positions);
            Assert.Equal(new[] { expected }, positions);
        }

        [Theory]
        [InlineData("Bearer   ")] // spaces up to the end of the text
        [InlineData("Bearer abcdefg")] // one character short of the shortest credential
        [InlineData("Bearer\tabcdefgh12345")] // a credential follows a space only
        [InlineData("Bearer \"abcdefgh12345")]
        public void A_Bearer_that_cannot_introduce_a_credential_is_no_candidate(string text)
        {
            var positions = new List<int>();
            TokenShapes.AddCandidatePositions(text, positions);
            Assert.Empty(positions);
        }

        [Fact]
        public void Several_tokens_are_all_found_and_a_token_can_start_the_text()
        {
            var text = "sk_live_" + "1234567890abcdef sk_test_" + "abcdef12";
            Assert.Equal(
                new[] { (SecretKind.LiveToken, "sk_live_" + "1234567890abcdef"), (SecretKind.TestToken, "sk_test_" + "abcdef12") },
                Find(text));
        }

        [Theory]
        [InlineData("sk_live_", "1234567890abcdef", true)]
        [InlineData("no token, only sk_live_", "1234567", false)]
        [InlineData("", "sk_other_1234567890", false)]
        public void ContainsToken_finds_a_token_anywhere(string prefix, string rest, bool expected)
        {
            Assert.Equal(expected, TokenShapes.ContainsToken(prefix + rest));
        }

        [Fact]
        public void Secrets_found_after_earlier_results_are_sorted_among_themselves_only()
        {
            var earlier = new SecretMatch(SecretKind.LiveToken, 1000, 1);
            var matches = new List<SecretMatch> { earlier };
            var text = "Bearer abcdef1234567890 then sk_live_" + "1234567890abcdef";
            TokenShapes.FindSecrets(text, matches);
            Assert.Equal(
                new[] { (SecretKind.LiveToken, 1000), (SecretKind.BearerCredential, 7), (SecretKind.LiveToken, 29) },
                matches.Select(m => (m.Kind, m.Start)).ToArray());
        }

        [Theory]
        [InlineData("1234567a")]
        [InlineData("1234567z")]
        [InlineData("1234567A")]
        [InlineData("1234567Z")]
        [InlineData("abcdefg0")]
        [InlineData("abcdefg9")]
        public void A_token_body_of_exactly_eight_ASCII_letters_and_digits_is_a_token(string body)
        {
            var text = "sk_test_" + body;
            Assert.Equal(new[] { (SecretKind.TestToken, text) }, Find(text));
        }

        [Theory]
        [InlineData("1234567`")]
        [InlineData("1234567{")]
        [InlineData("1234567@")]
        [InlineData("1234567[")]
        [InlineData("abcdefg/")]
        [InlineData("abcdefg:")]
        [InlineData("abcdefg\u00e9")]
        public void A_character_just_outside_the_ASCII_letters_and_digits_ends_the_token_body(string body)
        {
            Assert.Empty(Find("sk_test_" + body));
        }

        [Theory]
        [InlineData("x")]
        [InlineData("9")]
        [InlineData("Z")]
        public void A_token_prefix_glued_to_a_letter_or_digit_is_not_a_token(string before)
        {
            Assert.Empty(Find(before + "sk_live_" + "1234567890abcdef"));
        }

        [Theory]
        [InlineData("_")]
        [InlineData("\u00e9")]
        [InlineData("=")]
        public void A_token_prefix_after_other_characters_is_a_token(string before)
        {
            var token = "sk_live_" + "1234567890abcdef";
            Assert.Equal(new[] { (SecretKind.LiveToken, token) }, Find(before + token));
        }

        [Theory]
        [InlineData("YOUR1234567890ab")]
        [InlineData("your1234567890ab")]
        [InlineData("1234EXAMPLE12345")]
        [InlineData("1234placeholder5")]
        [InlineData("1234567890REDACTED")]
        [InlineData("REDACTED")]
        [InlineData("xxxxxxxxxxxxxxxx")]
        [InlineData("abcd1234<rest>")]
        [InlineData("abcd1234{0}")]
        [InlineData("abcd1234\u2026")]
        [InlineData("abcd1234...")]
        public void A_placeholder_token_is_not_a_token(string body)
        {
            Assert.Empty(Find("sk_live_" + body));
        }

        [Theory]
        [InlineData("abcd1234", ".. then")]
        [InlineData("abcd1234", ". ")]
        [InlineData("xxxxxxxxxxxxxxxy", "")]
        [InlineData("abcd1234", " <")]
        public void A_token_followed_by_something_that_is_not_a_template_is_a_token(string body, string after)
        {
            var token = "sk_live_" + body;
            Assert.Equal(new[] { (SecretKind.LiveToken, token) }, Find(token + after));
        }

        [Fact]
        public void A_token_of_one_repeated_character_followed_by_text_is_a_placeholder()
        {
            Assert.Empty(Find("sk_live_" + "xxxxxxxxx yes"));
        }

        [Theory]
        [InlineData("{token}abcdef12", true)]
        [InlineData("abcd<token>1234", true)]
        [InlineData("...abcdef123456", true)]
        [InlineData("abcdef123456", false)]
        public void IsPlaceholder_recognizes_templates_anywhere_in_the_value(string value, bool expected)
        {
            Assert.Equal(expected, TokenShapes.IsPlaceholder(value, 0, value.Length));
        }

        [Theory]
        // Long enough alone: 16 characters, one less is not.
        [InlineData("ABCDEFGHIJKLMNOP", true)]
        [InlineData("ABCDEFGHIJKLMNO", false)]
        [InlineData("ABCDEFGHIJKLMNOP=", true)]
        [InlineData("ABCDEFGHIJKLMNO=", false)]
        // Letters and digits mixed: 8 characters are enough, 7 are not, and both kinds are needed.
        [InlineData("abcd1234", true)]
        [InlineData("abcdefg1", true)]
        [InlineData("abc1234", false)]
        [InlineData("abcdefgh", false)]
        [InlineData("12345678", false)]
        // Tokens belong to the token rules.
        [InlineData("sk_live_1234567890abcdef", false)]
        [InlineData("sk_test_1234567890abcdef", false)]
        // Placeholders, including a placeholder word that starts the value and one repeated character before padding.
        [InlineData("YOURabcdef1234567890", false)]
        [InlineData("xxxxxxxxxxxxxxxx==", false)]
        [InlineData("...abcdef1234567890", false)]
        [InlineData("================", false)]
        [InlineData("...", false)]
        // An environment-variable name is a reference; one lower-case letter (a or z) or a URL character makes it a value.
        [InlineData("COOLSET_API_TOKEN", false)]
        [InlineData("COOLSET_API_TOKa", true)]
        [InlineData("COOLSET_API_TOKz", true)]
        [InlineData("COOLSET_API_TOab", true)] // any number of lower-case letters, not only an odd one
        [InlineData("COOLSET_API-TOKEN", true)]
        [InlineData("-COOLSET_API_TOKEN", true)]
        [InlineData("COOLSET_API_TOKEN1", false)]
        [InlineData("ABCD1234EFGH5678", true)]
        // Phrases of lower-case words are names; a phrase needs a separator and lower-case letters around each one.
        [InlineData("new-access-token", false)]
        [InlineData("super_secret_token", false)]
        [InlineData("new.access.token.value", false)]
        [InlineData("alpha-beta-gamma", false)]
        [InlineData("zulu-jazz-fizz-buzz", false)]
        [InlineData("abcdefghijklmnopq", true)]
        [InlineData("new--access-token", true)]
        [InlineData("new-access-token-", true)]
        [InlineData("-new-access-token", true)]
        [InlineData("Xew-access-token", true)]
        [InlineData("new-access-tokeN", true)]
        [InlineData("new-access-token2", true)]
        // The whole value must be the credential: trailing sentence dots or text are not part of one.
        [InlineData("abcdef1234567890.", false)]
        [InlineData("abcdef1234567890 x", false)]
        public void IsBearerCredentialValue_pins_every_threshold(string value, bool expected)
        {
            Assert.Equal(expected, TokenShapes.IsBearerCredentialValue(value));
        }

        [Theory]
        [InlineData("Bearer abcdef1234567890.", "abcdef1234567890")]
        [InlineData("Bearer abcdef1234567890.==", "abcdef1234567890")]
        [InlineData("Bearer abcdef1234567890= x", "abcdef1234567890=")]
        [InlineData("Bearer abcd-efgh~ijkl+mnop/qrst_uvwx.yz12 end", "abcd-efgh~ijkl+mnop/qrst_uvwx.yz12")]
        [InlineData("Bearer   abcdef1234567890", "abcdef1234567890")]
        [InlineData("authorization: bearer abcdef1234567890", "abcdef1234567890")]
        [InlineData("(Bearer abcdef1234567890)", "abcdef1234567890")]
        public void A_Bearer_credential_is_the_token68_run_after_the_scheme(string text, string expected)
        {
            Assert.Equal(new[] { (SecretKind.BearerCredential, expected) }, Find(text));
        }

        [Theory]
        [InlineData("Bearer")]
        [InlineData("Bearer ")]
        [InlineData("Bearer:abcdef1234567890")]
        [InlineData("XBearer abcdef1234567890")]
        [InlineData("1Bearer abcdef1234567890")]
        [InlineData("Bearer abcdef1234567890...")]
        [InlineData("Bearer abcd...1234567890")]
        [InlineData("Bearer COOLSET_API_TOKEN")]
        [InlineData("Example: Bearer abcdef1234567890")]
        [InlineData("e.g. Bearer abcdef1234567890")]
        [InlineData("For example Bearer abcdef1234567890")]
        [InlineData("a header such as Bearer abcdef1234567890")]
        [InlineData("e.g.: Bearer abcdef1234567890")]
        [InlineData("e.g.Bearer abcdef1234567890")]
        public void No_Bearer_credential_where_there_is_none(string text)
        {
            Assert.Empty(Find(text));
        }

        [Fact]
        public void TextStart_of_a_Bearer_credential_is_its_scheme_and_of_a_token_the_token()
        {
            var text = "x: bearer abcdef1234567890 sk_live_" + "1234567890abcdef";
            var matches = new List<SecretMatch>();
            TokenShapes.FindSecrets(text, matches);
            Assert.Equal(new[] { 3, 27 }, matches.Select(m => TokenShapes.TextStart(text, m)).ToArray());
        }
    }
}
