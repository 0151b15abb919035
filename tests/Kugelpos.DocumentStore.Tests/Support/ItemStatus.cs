namespace Kugelpos.DocumentStore.Tests.Support;

public enum ItemStatus
{
    Active,
    Discontinued,
}
