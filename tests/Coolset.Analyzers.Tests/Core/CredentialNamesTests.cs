using System;
using Coolset.Analyzers.Core;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    /// <summary>The name rule: which names are credential names, which are the bare words, and that asking allocates nothing.</summary>
    public class CredentialNamesTests
    {
        [Theory]
        [InlineData("token")]
        [InlineData("Token")]
        [InlineData("TOKEN")]
        [InlineData("_token")]
        [InlineData("m_token")]
        [InlineData("s_Token")]
        [InlineData("to_ken")]
        [InlineData("secret")]
        [InlineData("_Secret")]
        public void Bare_words(string name)
        {
            Assert.Equal(CredentialNameKind.BareWord, CredentialNames.Classify(name));
        }

        [Theory]
        [InlineData("apiToken")]
        [InlineData("ApiKey")]
        [InlineData("_accessToken")]
        [InlineData("m_authToken")]
        [InlineData("bearerToken")]
        [InlineData("bearer")]
        [InlineData("Authorization")]
        [InlineData("authHeader")]
        [InlineData("AUTHORIZATION_HEADER")]
        [InlineData("apiSecret")]
        [InlineData("coolsetToken")]
        [InlineData("coolset_api_token")]
        [InlineData("githubAccessToken")]
        [InlineData("stripeApiKey")]
        public void Credential_names(string name)
        {
            Assert.Equal(CredentialNameKind.Credential, CredentialNames.Classify(name));
        }

        [Theory]
        [InlineData("")]
        [InlineData("_")]
        [InlineData("m_")]
        [InlineData("pageToken")]
        [InlineData("nextPageToken")]
        [InlineData("continuationToken")]
        [InlineData("cancellationToken")]
        [InlineData("sessionToken")]
        [InlineData("refreshToken")]
        [InlineData("tokenCount")]
        [InlineData("tokenizer")]
        [InlineData("tokens")]
        [InlineData("secretWord")]
        [InlineData("clientSecret")]
        [InlineData("password")]
        [InlineData("x_token")]
        [InlineData("apiKeyName")]
        [InlineData("aVeryLongNameThatIsNotInterestingAtAllButEndsWithApiKey")]
        public void Other_names(string name)
        {
            Assert.Equal(CredentialNameKind.None, CredentialNames.Classify(name));
        }

        [Fact]
        public void Classifying_a_name_allocates_nothing()
        {
            var names = new[] { "token", "_apiToken", "m_Access_Token", "pageToken", "coolset_api_token", "tokenizer", "Secret" };
            foreach (var name in names)
            {
                CredentialNames.Classify(name); // warm up
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                foreach (var name in names)
                {
                    CredentialNames.Classify(name);
                }
            }

            Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        }
    }
}
