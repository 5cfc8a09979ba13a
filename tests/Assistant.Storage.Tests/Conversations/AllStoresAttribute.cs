using System.Reflection;
using Xunit.Sdk;

namespace Assistant.Storage.Tests.Conversations;

/// <summary>Runs a theory once per store kind, so both stores are held to the same behaviour.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllStoresAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        [[StorageOptions.SqliteProvider], [StorageOptions.MemoryProvider]];
}
